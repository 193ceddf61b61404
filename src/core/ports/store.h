// Store: the durable state of SamenBeter behind one interface, so core never
// sees SQL and a second implementation (PostgreSQL) can follow by passing the
// same contract suite (storage/contract).
//
// Work happens in units: read() runs a function against a consistent snapshot;
// write() runs a function inside one transaction and returns only when that
// transaction is durable. A write function that returns an error has all its
// changes undone, and nothing else. Implementations may batch several callers'
// write functions into one commit (group commit), so a write function must be
// short and must not block (no password hashing, no network).
//
// Thread-safety: Store is thread-safe; a ReadTx/WriteTx belongs to the one
// call that received it and must not escape it.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/board_model.h"
#include "core/error.h"
#include "core/model.h"

namespace sb {

class ReadTx {
 public:
  virtual ~ReadTx() = default;

  // Users.
  virtual std::optional<User> find_user(Id id) = 0;
  virtual std::optional<User> find_user_by_email(std::string_view email) = 0;
  virtual std::int64_t count_users() = 0;

  // Organisation.
  virtual std::optional<Bestuur> find_bestuur(Id id) = 0;
  virtual std::vector<Bestuur> list_besturen() = 0;
  virtual std::optional<School> find_school(Id id) = 0;
  virtual std::optional<School> find_school_by_brin(std::string_view brin) = 0;
  virtual std::vector<School> list_schools() = 0;
  virtual std::vector<School> list_schools_of_bestuur(Id bestuur_id) = 0;
  virtual std::optional<Team> find_team(Id id) = 0;
  virtual std::optional<Team> find_team_by_name(Id school_id, std::string_view name) = 0;
  virtual std::vector<Team> list_teams_of_school(Id school_id) = 0;

  // Memberships, resolved up the tree (see MembershipView).
  virtual std::optional<Membership> find_membership(Id id) = 0;
  virtual std::vector<MembershipView> list_memberships_of_user(Id user_id) = 0;
  // Every membership held in the school or in one of its teams, with user names.
  virtual std::vector<MembershipView> list_memberships_in_school(Id school_id) = 0;
  virtual std::vector<MembershipView> list_memberships_in_team(Id team_id) = 0;

  // Sessions.
  virtual std::optional<Session> find_session(std::string_view token_hash) = 0;

  // Invitations and password resets.
  virtual std::optional<Invitation> find_invitation(Id id) = 0;
  virtual std::optional<Invitation> find_invitation_by_token(std::string_view token_hash) = 0;
  virtual std::vector<Invitation> list_open_invitations(Id school_id, UnixTime now) = 0;
  virtual std::optional<PasswordReset> find_password_reset(std::string_view token_hash) = 0;

  // Audit trail, newest first.
  virtual std::vector<AuditEntry> list_audit(int limit) = 0;

  // The board of a team (board_model.h).
  virtual std::optional<Ambition> find_ambition(Id id) = 0;
  virtual std::vector<Ambition> list_ambitions(Id school_id) = 0;
  // Goals of any team that serve the ambition.
  virtual std::int64_t count_goals_of_ambition(Id ambition_id) = 0;
  virtual std::optional<Cycle> find_cycle(Id id) = 0;
  virtual std::vector<Cycle> list_cycles(Id team_id) = 0;  // by start date
  // The goal lines of a cycle's retrospective, in the order they were written.
  virtual std::vector<GoalResult> list_goal_results(Id cycle_id) = 0;
  virtual std::optional<Goal> find_goal(Id id) = 0;  // with measurements
  virtual std::vector<Goal> list_goals(Id team_id) = 0;
  virtual std::optional<Measurement> find_measurement(Id goal_id, std::string_view week) = 0;
  virtual std::optional<BoardItem> find_item(Id id) = 0;
  virtual std::vector<BoardItem> list_items(Id team_id) = 0;
  // Obstacles of the school's teams handed to leadership, and those resolved since `resolved_since`.
  virtual std::vector<BoardItem> list_leadership_obstacles(Id school_id, UnixTime resolved_since) = 0;
  virtual double last_position(Id team_id, ItemKind kind, std::string_view status) = 0;
  virtual std::optional<BoardSession> find_board_session(Id id) = 0;
  virtual std::optional<BoardSession> find_open_board_session(Id team_id) = 0;
  virtual std::vector<SessionSummary> list_board_sessions(Id team_id) = 0;
  virtual std::vector<RecordEntry> list_record_entries(Id session_id) = 0;
  virtual std::int64_t board_seq(Id team_id) = 0;
};

class WriteTx : public ReadTx {
 public:
  // Users. insert_user fails with already_exists (field "email") on a duplicate.
  virtual Result<Id> insert_user(const User& user) = 0;
  virtual Result<void> update_user_profile(Id id, std::string_view name, Locale locale) = 0;
  virtual Result<void> update_user_password(Id id, std::string_view password_hash) = 0;

  // Organisation. Duplicates fail with already_exists naming the field.
  virtual Result<Id> insert_bestuur(const Bestuur& bestuur) = 0;
  virtual Result<Id> insert_school(const School& school) = 0;
  virtual Result<void> update_school(const School& school) = 0;
  virtual Result<Id> insert_team(const Team& team) = 0;
  virtual Result<void> rename_team(Id id, std::string_view name) = 0;
  // Removes the team with its memberships and invitations.
  virtual Result<void> delete_team(Id id) = 0;

  // Memberships. A duplicate (same user, role, scope) fails with already_exists.
  virtual Result<Id> insert_membership(const Membership& membership) = 0;
  virtual Result<void> delete_membership(Id id) = 0;

  // Sessions.
  virtual Result<void> insert_session(const Session& session) = 0;
  virtual Result<void> touch_session(std::string_view token_hash, UnixTime at) = 0;
  virtual Result<void> delete_session(std::string_view token_hash) = 0;
  virtual Result<void> delete_sessions_of_user(Id user_id) = 0;
  virtual Result<void> delete_sessions_idle_since(UnixTime before, UnixTime created_before) = 0;

  // Invitations and password resets.
  virtual Result<Id> insert_invitation(const Invitation& invitation) = 0;
  virtual Result<void> mark_invitation_accepted(Id id, UnixTime at) = 0;
  virtual Result<void> delete_invitation(Id id) = 0;
  virtual Result<void> insert_password_reset(const PasswordReset& reset) = 0;
  virtual Result<void> mark_password_reset_used(std::string_view token_hash) = 0;

  virtual Result<void> append_audit(const AuditEntry& entry) = 0;

  // The board. An update names the version it was made on and fails with
  // conflict when the stored version differs (not_found when the row is gone);
  // on success the stored version goes up by one.
  virtual Result<Id> insert_ambition(const Ambition& ambition) = 0;
  virtual Result<void> update_ambition(const Ambition& ambition, std::int64_t expected_version) = 0;
  // Goals that served the ambition lose the link.
  virtual Result<void> delete_ambition(Id id, std::int64_t expected_version) = 0;
  virtual Result<Id> insert_cycle(const Cycle& cycle) = 0;
  // Name and dates only: a cycle's retrospective is written by close_cycle.
  virtual Result<void> update_cycle(const Cycle& cycle, std::int64_t expected_version) = 0;
  // Writes the cycle's retrospective with its goal lines. A retrospective is
  // written once: a cycle that has one is a conflict, like a stale version.
  virtual Result<void> close_cycle(Id id, const Retrospective& retrospective, const std::vector<GoalResult>& goals,
                                   std::int64_t expected_version) = 0;
  virtual Result<Id> insert_goal(const Goal& goal) = 0;
  virtual Result<void> update_goal(const Goal& goal, std::int64_t expected_version) = 0;
  virtual Result<void> delete_goal(Id id, std::int64_t expected_version) = 0;
  virtual Result<Id> insert_measurement(const Measurement& measurement) = 0;
  virtual Result<void> update_measurement(const Measurement& measurement, std::int64_t expected_version) = 0;
  virtual Result<void> delete_measurement(Id id, std::int64_t expected_version) = 0;
  virtual Result<Id> insert_item(const BoardItem& item) = 0;
  virtual Result<void> update_item(const BoardItem& item, std::int64_t expected_version) = 0;
  virtual Result<void> delete_item(Id id, std::int64_t expected_version) = 0;
  virtual Result<Id> insert_board_session(const BoardSession& session) = 0;
  virtual Result<void> update_board_session(const BoardSession& session, std::int64_t expected_version) = 0;
  // Closes the session and writes its record; a closed session never changes again.
  virtual Result<void> close_board_session(Id id, UnixTime closed_at, const std::vector<RecordEntry>& record,
                                           std::int64_t expected_version) = 0;
  // Takes the board's next sequence number (1, 2, ...), inside the transaction that made the change.
  virtual Result<std::int64_t> next_board_seq(Id team_id) = 0;

  // Runs `then` once this unit of work is committed (never when it is rolled
  // back), on the store's writer, in commit order: events published from here
  // reach listeners in the order their changes were made. Must be quick.
  virtual void after_commit(std::function<void()> then) = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  virtual Result<void> read(const std::function<Result<void>(ReadTx&)>& work) = 0;
  virtual Result<void> write(const std::function<Result<void>(WriteTx&)>& work) = 0;
  // Queues bookkeeping whose loss in a crash harms nobody (a session's
  // last-seen time, an audit line of a refused request) and returns at once,
  // so a read request never waits for a commit. Failures are logged only.
  virtual void write_in_background(std::function<Result<void>(WriteTx&)> work) = 0;
};

// Typed helpers: run `work` and hand back the value it returns.
template <typename T>
Result<T> read_value(Store& store, const std::function<Result<T>(ReadTx&)>& work) {
  std::optional<Result<T>> out;
  auto status = store.read([&](ReadTx& tx) -> Result<void> {
    out.emplace(work(tx));
    if (!*out) return std::unexpected(out->error());
    return ok();
  });
  if (!status) return std::unexpected(status.error());
  return std::move(*out);
}

template <typename T>
Result<T> write_value(Store& store, const std::function<Result<T>(WriteTx&)>& work) {
  std::optional<Result<T>> out;
  auto status = store.write([&](WriteTx& tx) -> Result<void> {
    out.emplace(work(tx));
    if (!*out) return std::unexpected(out->error());
    return ok();
  });
  if (!status) return std::unexpected(status.error());
  return std::move(*out);
}

}  // namespace sb
