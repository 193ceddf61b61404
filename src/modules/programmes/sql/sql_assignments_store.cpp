#include "modules/programmes/sql/sql_assignments_store.h"

namespace sb::sql {
namespace {

// Literals, so each statement's SQL text is one string (the statement cache is keyed by it).
#define SB_ASSIGNMENT_SELECT \
  "SELECT id, round_id, title, instructions, part, session_id, due_at, credit_minutes, version FROM programme_assignments "
#define SB_HAND_IN_SELECT                                                                                         \
  "SELECT h.id, h.assignment_id, h.enrolment_id, h.text, h.first_submitted_at, h.submitted_at, h.status, "         \
  "h.feedback, h.reviewed_at, h.reviewed_by, h.version FROM programme_hand_ins h "

Assignment assignment_from(const Statement& q) {
  Assignment a;
  a.id = q.integer(0);
  a.round_id = q.integer(1);
  a.title = q.text(2);
  a.instructions = q.text(3);
  if (auto part = q.optional_integer(4)) a.part = static_cast<int>(*part);
  a.session_id = q.optional_integer(5);
  a.due_at = q.integer(6);
  a.credit_minutes = static_cast<int>(q.integer(7));
  a.version = static_cast<int>(q.integer(8));
  return a;
}

HandIn hand_in_from(const Statement& q) {
  HandIn h;
  h.id = q.integer(0);
  h.assignment_id = q.integer(1);
  h.enrolment_id = q.integer(2);
  h.text = q.text(3);
  h.first_submitted_at = q.integer(4);
  h.submitted_at = q.integer(5);
  h.status = parse_hand_in_status(q.text(6)).value_or(HandInStatus::submitted);
  h.feedback = q.text(7);
  h.reviewed_at = q.optional_integer(8);
  h.reviewed_by = q.optional_integer(9);
  h.version = static_cast<int>(q.integer(10));
  return h;
}

std::optional<std::int64_t> part_of(const Assignment& a) {
  return a.part ? std::optional<std::int64_t>(*a.part) : std::nullopt;
}

}  // namespace

std::vector<Assignment> SqlAssignmentsStore::list_assignments(Id round_id) {
  auto q = db_.prepare(SB_ASSIGNMENT_SELECT "WHERE round_id = ? ORDER BY due_at, id");
  q.bind(1, round_id);
  std::vector<Assignment> out;
  while (q.step()) out.push_back(assignment_from(q));
  return out;
}

std::optional<Assignment> SqlAssignmentsStore::find_assignment(Id id) {
  auto q = db_.prepare(SB_ASSIGNMENT_SELECT "WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return assignment_from(q);
}

std::vector<HandIn> SqlAssignmentsStore::list_hand_ins(Id round_id) {
  auto q = db_.prepare(SB_HAND_IN_SELECT
                       "JOIN programme_assignments a ON a.id = h.assignment_id WHERE a.round_id = ? "
                       "ORDER BY h.assignment_id, h.enrolment_id");
  q.bind(1, round_id);
  std::vector<HandIn> out;
  while (q.step()) out.push_back(hand_in_from(q));
  return out;
}

std::optional<HandIn> SqlAssignmentsStore::find_hand_in(Id id) {
  auto q = db_.prepare(SB_HAND_IN_SELECT "WHERE h.id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return hand_in_from(q);
}

std::optional<HandIn> SqlAssignmentsStore::find_hand_in_of(Id assignment_id, Id enrolment_id) {
  auto q = db_.prepare(SB_HAND_IN_SELECT "WHERE h.assignment_id = ? AND h.enrolment_id = ?");
  q.bind(1, assignment_id).bind(2, enrolment_id);
  if (!q.step()) return std::nullopt;
  return hand_in_from(q);
}

int SqlAssignmentsStore::count_hand_ins(Id assignment_id) {
  auto q = db_.prepare("SELECT COUNT(*) FROM programme_hand_ins WHERE assignment_id = ?");
  q.bind(1, assignment_id);
  return q.step() ? static_cast<int>(q.integer(0)) : 0;
}

Result<Id> SqlAssignmentsStore::insert_assignment(const Assignment& a) {
  auto q = db_.prepare(
      "INSERT INTO programme_assignments (round_id, title, instructions, part, session_id, due_at, credit_minutes) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, a.round_id).bind(2, std::string_view(a.title)).bind(3, std::string_view(a.instructions));
  q.bind(4, part_of(a)).bind(5, a.session_id).bind(6, a.due_at).bind(7, std::int64_t{a.credit_minutes});
  return insert_returning_id(q, "assignment");
}

Result<void> SqlAssignmentsStore::update_assignment(const Assignment& a) {
  auto q = db_.prepare(
      "UPDATE programme_assignments SET title = ?, instructions = ?, part = ?, session_id = ?, due_at = ?, "
      "credit_minutes = ?, version = version + 1 WHERE id = ? AND version = ?");
  q.bind(1, std::string_view(a.title)).bind(2, std::string_view(a.instructions)).bind(3, part_of(a));
  q.bind(4, a.session_id).bind(5, a.due_at).bind(6, std::int64_t{a.credit_minutes});
  q.bind(7, a.id).bind(8, std::int64_t{a.version});
  return versioned(q.run(), "SELECT 1 FROM programme_assignments WHERE id = ?", a.id, "assignment");
}

Result<void> SqlAssignmentsStore::delete_assignment(Id id) {
  if (!find_assignment(id)) return std::unexpected(Error::not_found("No such assignment."));
  auto q = db_.prepare("DELETE FROM programme_assignments WHERE id = ?");
  q.bind(1, id);
  return q.run();
}

Result<Id> SqlAssignmentsStore::insert_hand_in(const HandIn& h) {
  auto q = db_.prepare(
      "INSERT INTO programme_hand_ins (assignment_id, enrolment_id, text, first_submitted_at, submitted_at, status, "
      "feedback, reviewed_at, reviewed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, h.assignment_id).bind(2, h.enrolment_id).bind(3, std::string_view(h.text));
  q.bind(4, h.first_submitted_at).bind(5, h.submitted_at).bind(6, to_string(h.status));
  q.bind(7, std::string_view(h.feedback)).bind(8, h.reviewed_at).bind(9, h.reviewed_by);
  return insert_returning_id(q, "assignment_id");
}

Result<void> SqlAssignmentsStore::update_hand_in(const HandIn& h) {
  auto q = db_.prepare(
      "UPDATE programme_hand_ins SET text = ?, submitted_at = ?, status = ?, feedback = ?, reviewed_at = ?, "
      "reviewed_by = ?, version = version + 1 WHERE id = ? AND version = ?");
  q.bind(1, std::string_view(h.text)).bind(2, h.submitted_at).bind(3, to_string(h.status));
  q.bind(4, std::string_view(h.feedback)).bind(5, h.reviewed_at).bind(6, h.reviewed_by);
  q.bind(7, h.id).bind(8, std::int64_t{h.version});
  return versioned(q.run(), "SELECT 1 FROM programme_hand_ins WHERE id = ?", h.id, "hand-in");
}

}  // namespace sb::sql
