// The programmes module's mails, in the participant's language: the
// confirmation of an enrolment (placed or on the waiting list, the sessions
// with place and address, and for seed 001's rule whether a colleague is still
// needed, with the deadline) and the notice of a promotion from the waiting list.
// Thread-safety: pure functions.
#pragma once

#include "kernel/ports/mailer.h"
#include "kernel/services.h"
#include "modules/programmes/core/rules.h"

namespace sb {

Mail enrolment_mail(const Services& s, const Programme& programme, const ProgrammeRound& round, const Enrolment& enrolment,
                    const User& participant, const ColleagueState& colleague);
// The invitation of a colleague without an account: who enrolled them where, until when the place is held, and
// the single-use link (`link_path` with its token) to set a name and password. Dutch, with an English summary:
// there is no account to know their language from.
Mail held_place_mail(const Services& s, const Programme& programme, const ProgrammeRound& round, const Enrolment& enrolment,
                     const std::string& inviter_name, const std::string& link_path);
Mail promotion_mail(const Services& s, const Programme& programme, const ProgrammeRound& round, const Enrolment& enrolment,
                    const User& participant);

}  // namespace sb
