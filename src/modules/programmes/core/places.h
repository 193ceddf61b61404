// Freeing and settling places inside the caller's unit of work, shared by the
// use cases that cancel an enrolment, withdraw or accept an invitation, take a
// new enrolment, and the job that lets held places expire (issue 14, point 4).
// Thread-safety: stateless functions; the tx belongs to the one calling use case.
#pragma once

#include <optional>
#include <string>

#include "kernel/services.h"
#include "modules/programmes/core/rules.h"

namespace sb {

// Cancels `e` at `at` and, when it held a place in a group, moves the first in line up into it; the one who
// moves up is mailed after the commit (an invited colleague without an account learns it on accepting).
Result<void> release_place(Services& s, WriteTx& tx, const Programme& programme, const ProgrammeRound& round, Enrolment& e,
                           UnixTime at);

// Settles a place held for an invited colleague: once the organisation invitation is accepted the enrolment
// becomes theirs (or is released when they are enrolled in the round already); when it expired, was withdrawn
// or is gone the place is released. True when anything changed.
Result<bool> settle_held_place(Services& s, WriteTx& tx, const Programme& programme, const ProgrammeRound& round,
                               Id enrolment_id, UnixTime now);
// Settles every held place of the round; how many changed.
Result<int> settle_held_places(Services& s, WriteTx& tx, const Programme& programme, const ProgrammeRound& round,
                               UnixTime now);

// A new enrolment as it is stored, before its id: in `round` for the school organisation (bestuur, and school
// if any), as `sector` and `role`, landing where `placement` says, asked for `group_id` and `track_id`.
struct NewEnrolment {
  Id bestuur_id = 0;
  std::optional<Id> school_id;
  Sector sector = Sector::po;
  std::string role;
  std::optional<Id> group_id;
  std::optional<Id> track_id;
};
Enrolment new_enrolment(const ProgrammeRound& round, const NewEnrolment& what, const Placement& placement, Id enrolled_by,
                        UnixTime now);

// A new enrolment's choices against the round: it is open, and the group and track asked for are the round's.
Result<void> check_enrollable(const ProgrammeRound& round, std::optional<Id> group_id, std::optional<Id> track_id,
                              UnixTime now);

}  // namespace sb
