// Enrolling a colleague who has no account yet (issue 14, point 4). A school
// leader or bestuurder names their e-mail address: the organisation module
// writes an invitation into the school (as school leader) or the bestuur (as
// bestuurder), and the round holds an enrolment for that address, placed or
// waiting like any other, counting for capacity and the colleague rule, until
// the invitation expires. The mail carries a single-use link (the token is
// stored hashed); following it the colleague sets a name and password by the
// organisation's account rules and the enrolment becomes theirs. The inviter
// follows the invitation's state and can send it again or withdraw it
// (cancel_enrolment); places not taken in time are freed by held_places_job,
// promoting the waiting list as on a cancellation.
// Thread-safety: as Services — call from any thread.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/jobs.h"
#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/organisation/core/invitations.h"
#include "modules/programmes/core/programmes.h"

namespace sb {

struct InviteRequest {
  Id round_id = 0;
  std::string email;
  std::optional<Id> school_id;   // invited as school leader of this school ...
  std::optional<Id> bestuur_id;  // ... or as bestuurder of this bestuur (exactly one of the two)
  Sector sector = Sector::po;
  std::string role;  // one of the programme's audience roles for the sector
  std::optional<Id> group_id;
  std::optional<Id> track_id;
};
// The held enrolment; the invitation mail goes out after the commit.
Result<Enrolment> invite_to_round(Services& s, const Principal& who, const InviteRequest& request);
// A new link (the old one stops working) and a new deadline for an invitation still open: its inviter or staff.
Result<Enrolment> resend_round_invitation(Services& s, const Principal& who, Id enrolment_id);

// What an invitation link offers, for the page that accepts it (public: the token is the secret).
struct RoundInvitation {
  Programme programme;
  ProgrammeRound round;
  Enrolment enrolment;
  std::string invited_by_name;
  std::string place;  // the school or bestuur the account will belong to
};
Result<RoundInvitation> describe_round_invitation(Services& s, std::string_view token);
// Accepts through the organisation module (a new account, or an existing one proving its password) and makes
// the held enrolment theirs in the same breath; the caller is signed in.
Result<SignedIn> accept_round_invitation(Services& s, std::string_view token, const Acceptance& input);

// Frees held places whose invitation expired and binds those accepted elsewhere, every few minutes.
PeriodicJob held_places_job();

}  // namespace sb
