// SqliteTx: the ReadTx/WriteTx of the SQLite store, one object per unit of
// work over one Connection. The store opens and ends the transaction around
// it; SqliteTx only runs the queries. Thread-safety: single-threaded.
#pragma once

#include <functional>
#include <utility>
#include <vector>

#include "core/ports/store.h"
#include "storage/sqlite/connection.h"

namespace sb::sqlite {

class SqliteTx final : public WriteTx {
 public:
  explicit SqliteTx(Connection& connection) : db_(connection) {}

  std::optional<User> find_user(Id id) override;
  std::optional<User> find_user_by_email(std::string_view email) override;
  std::int64_t count_users() override;
  std::optional<Bestuur> find_bestuur(Id id) override;
  std::vector<Bestuur> list_besturen() override;
  std::optional<School> find_school(Id id) override;
  std::optional<School> find_school_by_brin(std::string_view brin) override;
  std::vector<School> list_schools() override;
  std::vector<School> list_schools_of_bestuur(Id bestuur_id) override;
  std::optional<Team> find_team(Id id) override;
  std::optional<Team> find_team_by_name(Id school_id, std::string_view name) override;
  std::vector<Team> list_teams_of_school(Id school_id) override;
  std::optional<Membership> find_membership(Id id) override;
  std::vector<MembershipView> list_memberships_of_user(Id user_id) override;
  std::vector<MembershipView> list_memberships_in_school(Id school_id) override;
  std::vector<MembershipView> list_memberships_in_team(Id team_id) override;
  std::optional<Session> find_session(std::string_view token_hash) override;
  std::optional<Invitation> find_invitation(Id id) override;
  std::optional<Invitation> find_invitation_by_token(std::string_view token_hash) override;
  std::vector<Invitation> list_open_invitations(Id school_id, UnixTime now) override;
  std::optional<PasswordReset> find_password_reset(std::string_view token_hash) override;
  std::vector<AuditEntry> list_audit(int limit) override;

  Result<Id> insert_user(const User& user) override;
  Result<void> update_user_profile(Id id, std::string_view name, Locale locale) override;
  Result<void> update_user_password(Id id, std::string_view password_hash) override;
  Result<Id> insert_bestuur(const Bestuur& bestuur) override;
  Result<Id> insert_school(const School& school) override;
  Result<void> update_school(const School& school) override;
  Result<Id> insert_team(const Team& team) override;
  Result<void> rename_team(Id id, std::string_view name) override;
  Result<void> delete_team(Id id) override;
  Result<Id> insert_membership(const Membership& membership) override;
  Result<void> delete_membership(Id id) override;
  Result<void> insert_session(const Session& session) override;
  Result<void> touch_session(std::string_view token_hash, UnixTime at) override;
  Result<void> delete_session(std::string_view token_hash) override;
  Result<void> delete_sessions_of_user(Id user_id) override;
  Result<void> delete_sessions_idle_since(UnixTime before, UnixTime created_before) override;
  Result<Id> insert_invitation(const Invitation& invitation) override;
  Result<void> mark_invitation_accepted(Id id, UnixTime at) override;
  Result<void> delete_invitation(Id id) override;
  Result<void> insert_password_reset(const PasswordReset& reset) override;
  Result<void> mark_password_reset_used(std::string_view token_hash) override;
  Result<void> append_audit(const AuditEntry& entry) override;

  // The board (sqlite_board_tx.cpp).
  std::optional<Ambition> find_ambition(Id id) override;
  std::vector<Ambition> list_ambitions(Id school_id) override;
  std::int64_t count_goals_of_ambition(Id ambition_id) override;
  std::optional<Cycle> find_cycle(Id id) override;
  std::vector<Cycle> list_cycles(Id team_id) override;
  std::vector<GoalResult> list_goal_results(Id cycle_id) override;
  std::optional<Goal> find_goal(Id id) override;
  std::vector<Goal> list_goals(Id team_id) override;
  std::optional<Measurement> find_measurement(Id goal_id, std::string_view week) override;
  std::optional<BoardItem> find_item(Id id) override;
  std::vector<BoardItem> list_items(Id team_id) override;
  std::vector<BoardItem> list_leadership_obstacles(Id school_id, UnixTime resolved_since) override;
  double last_position(Id team_id, ItemKind kind, std::string_view status) override;
  std::optional<BoardSession> find_board_session(Id id) override;
  std::optional<BoardSession> find_open_board_session(Id team_id) override;
  std::vector<SessionSummary> list_board_sessions(Id team_id) override;
  std::vector<RecordEntry> list_record_entries(Id session_id) override;
  std::int64_t board_seq(Id team_id) override;
  Result<Id> insert_ambition(const Ambition& ambition) override;
  Result<void> update_ambition(const Ambition& ambition, std::int64_t expected_version) override;
  Result<void> delete_ambition(Id id, std::int64_t expected_version) override;
  Result<Id> insert_cycle(const Cycle& cycle) override;
  Result<void> update_cycle(const Cycle& cycle, std::int64_t expected_version) override;
  Result<void> close_cycle(Id id, const Retrospective& retrospective, const std::vector<GoalResult>& goals,
                           std::int64_t expected_version) override;
  Result<Id> insert_goal(const Goal& goal) override;
  Result<void> update_goal(const Goal& goal, std::int64_t expected_version) override;
  Result<void> delete_goal(Id id, std::int64_t expected_version) override;
  Result<Id> insert_measurement(const Measurement& measurement) override;
  Result<void> update_measurement(const Measurement& measurement, std::int64_t expected_version) override;
  Result<void> delete_measurement(Id id, std::int64_t expected_version) override;
  Result<Id> insert_item(const BoardItem& item) override;
  Result<void> update_item(const BoardItem& item, std::int64_t expected_version) override;
  Result<void> delete_item(Id id, std::int64_t expected_version) override;
  Result<Id> insert_board_session(const BoardSession& session) override;
  Result<void> update_board_session(const BoardSession& session, std::int64_t expected_version) override;
  Result<void> close_board_session(Id id, UnixTime closed_at, const std::vector<RecordEntry>& record,
                                   std::int64_t expected_version) override;
  Result<std::int64_t> next_board_seq(Id team_id) override;
  void after_commit(std::function<void()> then) override { committed_hooks_.push_back(std::move(then)); }

  // For the store: hooks of a rolled-back unit of work are dropped, the rest run after COMMIT.
  std::size_t hook_count() const { return committed_hooks_.size(); }
  void drop_hooks_from(std::size_t count) { committed_hooks_.resize(count); }
  std::vector<std::function<void()>> take_hooks() { return std::exchange(committed_hooks_, {}); }

 private:
  Result<Id> insert_returning_id(Statement& statement, std::string_view duplicate_field);
  // After a versioned UPDATE/DELETE: ok, conflict (row there, other version) or not_found.
  Result<void> versioned(Result<void> result, const char* exists_sql, Id id, std::string_view what);
  Result<void> write_owners(Id item_id, const std::vector<Id>& owner_ids);
  std::vector<Measurement> measurements_of(Id goal_id);
  std::vector<Id> owners_of(Id item_id);
  Connection& db_;
  std::vector<std::function<void()>> committed_hooks_;
};

}  // namespace sb::sqlite
