// The programmes module's part of a unit of work (kernel/ports/store.h):
// programmes with their audience, parts and texts; rounds with groups,
// tracks and sessions; enrolments; attendance and logged hours.
// programmes(tx) hands it out; each store implementation
// (modules/programmes/sql) implements it, and the module's contract suite
// (modules/programmes/contract) holds every one to it.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "kernel/error.h"
#include "kernel/ports/store.h"
#include "modules/programmes/core/model.h"

namespace sb {

class ProgrammeReads {
 public:
  virtual ~ProgrammeReads() = default;
  // Every programme, by title.
  virtual std::vector<Programme> list_programmes() = 0;
  virtual std::optional<Programme> find_programme(Id id) = 0;
  // The programme's rounds with their groups, tracks and sessions, the newest first.
  virtual std::vector<ProgrammeRound> list_rounds(Id programme_id) = 0;
  virtual std::optional<ProgrammeRound> find_round(Id id) = 0;
  // The round a session belongs to.
  virtual std::optional<Id> round_of_session(Id session_id) = 0;
  // A round's enrolments in order of arrival, with the person's name and e-mail and the bestuur's name.
  virtual std::vector<Enrolment> list_enrolments(Id round_id) = 0;
  virtual std::optional<Enrolment> find_enrolment(Id id) = 0;
  // A person's enrolments in every round, in order of arrival.
  virtual std::vector<Enrolment> list_enrolments_of_user(Id user_id) = 0;
  // The enrolments someone made, for themself or for colleagues, in order of arrival.
  virtual std::vector<Enrolment> list_enrolments_by(Id enrolled_by) = 0;
  // The enrolment that holds a place for this organisation invitation (the newest, if ever more than one).
  virtual std::optional<Enrolment> find_enrolment_by_invitation(Id invitation_id) = 0;
  // Places still held for invited colleagues (no user yet, not cancelled), in every round, in order of arrival.
  virtual std::vector<Enrolment> list_held_enrolments() = 0;
  // What taking an enrolment needs, without reading every enrolment of the round (the enrolment burst,
  // docs/PERFORMANCE.md): how many are placed per group, whether the person is enrolled (not cancelled) in the
  // round, and whether a place held for an invited colleague ran out before `now`.
  virtual std::map<Id, int> count_placed(Id round_id) = 0;
  virtual bool is_enrolled(Id round_id, Id user_id) = 0;
  virtual bool has_expired_hold(Id round_id, UnixTime now) = 0;
  virtual std::vector<Attendance> list_attendance(Id round_id) = 0;
  virtual std::vector<HoursEntry> list_hours(Id round_id) = 0;
  // The round's project groups: (enrolment id, group number), by number then enrolment.
  virtual std::vector<std::pair<Id, int>> list_project_groups(Id round_id) = 0;
};

class ProgrammeWrites : public ProgrammeReads {
 public:
  // Stores the programme with its lists; the id and version of `programme` are ignored.
  virtual Result<Id> insert_programme(const Programme& programme) = 0;
  // Replaces the programme and its lists when `programme.version` is the stored one (then it grows by
  // one); conflict for another version, not_found when there is none.
  virtual Result<void> update_programme(const Programme& programme) = 0;
  // Stores the round with its groups, tracks and sessions (their ids are ignored).
  virtual Result<Id> insert_round(const ProgrammeRound& round) = 0;
  // Changes the round's name, dates and deadline; groups, tracks and sessions with an id are changed,
  // without one added, and those no longer listed removed (with their attendance).
  virtual Result<void> update_round(const ProgrammeRound& round) = 0;
  virtual Result<Id> insert_enrolment(const Enrolment& enrolment) = 0;
  // Changes status, group, track, cancellation, user (an invited colleague who accepted) and held_until.
  virtual Result<void> update_enrolment(const Enrolment& enrolment) = 0;
  // Sets whether the participant was present at the session (a second call overwrites).
  virtual Result<void> set_attendance(const Attendance& attendance) = 0;
  virtual Result<Id> insert_hours(const HoursEntry& entry) = 0;
  // Replaces the round's project groups: group i (from 0) gets number i + 1.
  virtual Result<void> replace_project_groups(Id round_id, const std::vector<std::vector<Id>>& groups) = 0;
};

inline ProgrammeReads& programmes(ReadTx& tx) { return tx.part<ProgrammeReads>(); }
inline ProgrammeWrites& programmes(WriteTx& tx) { return tx.part<ProgrammeWrites>(); }

}  // namespace sb
