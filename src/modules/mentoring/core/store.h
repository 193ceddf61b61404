// The mentoring module's part of a unit of work (kernel/ports/store.h): the
// pool of applications, staff decisions, engine runs, published pairs and
// their meetings. mentoring_store(tx) hands it out; modules/mentoring/sqlite
// implements it and modules/mentoring/contract holds every store to it.
// Thread-safety: as ReadTx/WriteTx — it belongs to the one call that received the tx.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kernel/error.h"
#include "kernel/ports/store.h"
#include "modules/mentoring/core/programme_model.h"

namespace sb {

class MentoringReads {
 public:
  virtual ~MentoringReads() = default;
  virtual bool school_in_programme(Id school_id) = 0;
  virtual std::vector<Id> programme_schools() = 0;
  // Programme schools whose programme region staff set (school id, region); the others use the school's own.
  virtual std::vector<std::pair<Id, std::string>> programme_regions() = 0;

  virtual std::optional<MentorApplication> find_mentor(Id id) = 0;
  virtual std::optional<MentorApplication> find_mentor_by_token(std::string_view token_hash) = 0;
  virtual std::optional<MentorApplication> find_mentor_by_user(Id user_id) = 0;
  virtual std::optional<MenteeApplication> find_mentee(Id id) = 0;
  // The account's open (not withdrawn) application.
  virtual std::optional<MenteeApplication> open_mentee_of_user(Id user_id) = 0;
  // The pool: every application not withdrawn, ordered by id.
  virtual std::vector<MentorApplication> open_mentors() = 0;
  virtual std::vector<MenteeApplication> open_mentees() = 0;

  virtual std::vector<MentoringDecision> decisions() = 0;

  virtual std::optional<MentoringRun> find_run(Id id) = 0;
  virtual std::vector<MentoringRun> runs() = 0;  // newest first
  // A page of a run's pairs in engine order, with names.
  virtual std::vector<MentoringRunPair> run_pairs(Id run_id, int offset, int limit) = 0;
  virtual std::vector<MentoringUnpaired> run_unpaired(Id run_id) = 0;

  virtual std::optional<MentoringPair> find_pair(Id pair_id) = 0;
  // Published pairs with a mentor or mentee application held by this account.
  virtual std::vector<MentoringPair> pairs_of_user(Id user_id) = 0;
  virtual std::vector<MentoringPair> published_pairs() = 0;
  virtual std::vector<MentoringMeeting> meetings(Id pair_id) = 0;  // by number; only planned or logged ones
  virtual std::vector<MentoringMeeting> all_meetings() = 0;        // of every published pair

  virtual std::vector<std::string> guides() = 0;  // texts of meetings 1..3

  virtual std::vector<MentoringEvent> events(std::string_view round) = 0;  // by start
};

class MentoringWrites : public MentoringReads {
 public:
  virtual Result<void> set_school_in_programme(Id school_id, bool in) = 0;
  // Sets (nullopt: clears) a programme school's region.
  virtual Result<void> set_programme_region(Id school_id, const std::optional<std::string>& region) = 0;
  // Moves the school's open (not withdrawn) mentee applications to this region.
  virtual Result<void> move_open_mentees(Id school_id, std::string_view region) = 0;

  virtual Result<Id> insert_mentor(const MentorApplication& application) = 0;
  virtual Result<void> update_mentor(const MentorApplication& application) = 0;
  virtual Result<void> set_mentor_user(Id mentor_id, Id user_id) = 0;
  // Erases what the application said about the person and marks it withdrawn.
  virtual Result<void> withdraw_mentor(Id mentor_id, UnixTime at) = 0;
  virtual Result<Id> insert_mentee(const MenteeApplication& application) = 0;
  virtual Result<void> update_mentee(const MenteeApplication& application) = 0;
  virtual Result<void> withdraw_mentee(Id mentee_id, UnixTime at) = 0;

  // Replaces any decision on this pair; kind nullopt removes it.
  virtual Result<void> set_decision(Id mentor_id, Id mentee_id, std::optional<MentoringDecisionKind> kind) = 0;

  virtual Result<Id> insert_run(const MentoringRun& run, const std::vector<MentoringRunPair>& pairs,
                                const std::vector<MentoringUnpaired>& unpaired) = 0;
  // Marks the run published and stores its pairs that are not published already; answers those new pairs.
  virtual Result<std::vector<MentoringPair>> publish_run(Id run_id, UnixTime at) = 0;

  virtual Result<void> save_meeting(const MentoringMeeting& meeting) = 0;
  virtual Result<void> set_guide(int number, std::string_view text) = 0;

  // Adds or replaces the round's event of this kind.
  virtual Result<void> save_event(const MentoringEvent& event) = 0;
  virtual Result<void> delete_event(std::string_view round, MentoringEventKind kind) = 0;
};

inline MentoringReads& mentoring_store(ReadTx& tx) { return tx.part<MentoringReads>(); }
inline MentoringWrites& mentoring_store(WriteTx& tx) { return tx.part<MentoringWrites>(); }

}  // namespace sb
