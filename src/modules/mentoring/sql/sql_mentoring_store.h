// The mentoring module's SQL store (on SQLite and PostgreSQL alike): its part of every unit of work
// (MentoringWrites) over the unit of work's connection.
// Thread-safety: as the connection — one unit of work at a time.
#pragma once

#include "modules/mentoring/core/store.h"
#include "storage/sql/part.h"

namespace sb::sql {

class SqlMentoringStore final : public MentoringWrites, Part {
 public:
  explicit SqlMentoringStore(Connection& connection) : Part(connection) {}

  bool school_in_programme(Id school_id) override;
  std::vector<Id> programme_schools() override;
  std::vector<std::pair<Id, std::string>> programme_regions() override;
  std::optional<MentorApplication> find_mentor(Id id) override;
  std::optional<MentorApplication> find_mentor_by_token(std::string_view token_hash) override;
  std::optional<MentorApplication> find_mentor_by_user(Id user_id) override;
  std::optional<MenteeApplication> find_mentee(Id id) override;
  std::optional<MenteeApplication> open_mentee_of_user(Id user_id) override;
  std::vector<MentorApplication> open_mentors() override;
  std::vector<MenteeApplication> open_mentees() override;
  std::vector<MentoringDecision> decisions() override;
  std::optional<MentoringRun> find_run(Id id) override;
  std::vector<MentoringRun> runs() override;
  std::vector<MentoringRunPair> run_pairs(Id run_id, int offset, int limit) override;
  std::vector<MentoringUnpaired> run_unpaired(Id run_id) override;
  std::optional<MentoringPair> find_pair(Id pair_id) override;
  std::vector<MentoringPair> pairs_of_user(Id user_id) override;
  std::vector<MentoringPair> published_pairs() override;
  std::vector<MentoringMeeting> meetings(Id pair_id) override;
  std::vector<MentoringMeeting> all_meetings() override;
  std::vector<std::string> guides() override;
  std::vector<MentoringEvent> events(std::string_view round) override;

  Result<void> set_school_in_programme(Id school_id, bool in) override;
  Result<void> set_programme_region(Id school_id, const std::optional<std::string>& region) override;
  Result<void> move_open_mentees(Id school_id, std::string_view region) override;
  Result<Id> insert_mentor(const MentorApplication& application) override;
  Result<void> update_mentor(const MentorApplication& application) override;
  Result<void> set_mentor_user(Id mentor_id, Id user_id) override;
  Result<void> withdraw_mentor(Id mentor_id, UnixTime at) override;
  Result<Id> insert_mentee(const MenteeApplication& application) override;
  Result<void> update_mentee(const MenteeApplication& application) override;
  Result<void> withdraw_mentee(Id mentee_id, UnixTime at) override;
  Result<void> set_decision(Id mentor_id, Id mentee_id, std::optional<MentoringDecisionKind> kind) override;
  Result<Id> insert_run(const MentoringRun& run, const std::vector<MentoringRunPair>& pairs,
                        const std::vector<MentoringUnpaired>& unpaired) override;
  Result<std::vector<MentoringPair>> publish_run(Id run_id, UnixTime at) override;
  Result<void> save_meeting(const MentoringMeeting& meeting) override;
  Result<void> set_guide(int number, std::string_view text) override;
  Result<void> save_event(const MentoringEvent& event) override;
  Result<void> delete_event(std::string_view round, MentoringEventKind kind) override;

 private:
  std::vector<MentorApplication> mentors(Statement& query);
  std::vector<MenteeApplication> mentees(Statement& query);
  std::vector<MentoringPair> pairs(Statement& query);
  std::vector<MentoringMeeting> meeting_rows(Statement& query);
};

}  // namespace sb::sql
