#include "modules/programmes/core/assignments.h"

#include <algorithm>

#include "kernel/validation.h"
#include "modules/programmes/core/assignments_store.h"
#include "modules/programmes/core/store.h"

namespace sb {
namespace {

constexpr std::size_t kMaxInstructions = 4000;
constexpr std::size_t kMaxHandIn = 20000;
constexpr std::size_t kMaxFeedback = 2000;

Result<void> staff_only(const Principal& who) { return authorize(who, Action::manage_programmes, Scope::platform()); }

// A participant's work: theirs, and (to read) the programme staff's.
PersonalScope work_of(const Enrolment& e) { return {Scope::platform(), {e.user_id}, false}; }

Error no_assignment() { return Error::not_found("No such assignment."); }

// The assignment's fields against its round and programme: a part of the programme, a session of the round.
Result<void> check_assignment(const Programme& programme, const ProgrammeRound& round, Assignment& a) {
  SB_TRY(title, clean_name("title", a.title));
  a.title = title;
  SB_TRY(instructions, clean_text("instructions", a.instructions, kMaxInstructions, Required::no));
  a.instructions = instructions;
  if (a.part && (*a.part < 0 || *a.part >= static_cast<int>(programme.parts.size()))) {
    return std::unexpected(Error::invalid("part", "No such part of this programme.").because("unknown_part"));
  }
  if (a.session_id && std::none_of(round.sessions.begin(), round.sessions.end(),
                                   [&](const ProgrammeSession& s) { return s.id == *a.session_id; })) {
    return std::unexpected(Error::invalid("session_id", "No such session in this round.").because("unknown_session"));
  }
  if (a.due_at <= 0) return std::unexpected(Error::required("due_at"));
  if (a.credit_minutes < 0 || a.credit_minutes > 100 * 60) {
    return std::unexpected(Error::invalid("credit_minutes", "Out of range.").because("out_of_range", 0, 100 * 60));
  }
  return ok();
}

struct RoundOf {
  Programme programme;
  ProgrammeRound round;
};
Result<RoundOf> round_of(ReadTx& tx, Id round_id) {
  auto round = programmes(tx).find_round(round_id);
  auto programme = round ? programmes(tx).find_programme(round->programme_id) : std::nullopt;
  if (!round || !programme) return std::unexpected(Error::not_found("No such round."));
  return RoundOf{std::move(*programme), std::move(*round)};
}

// The caller's place in the round, when they are placed there.
std::optional<Enrolment> placed_enrolment(ReadTx& tx, Id round_id, Id user_id) {
  for (auto& e : programmes(tx).list_enrolments_of_user(user_id)) {
    if (e.round_id == round_id && e.status == EnrolmentStatus::placed) return e;
  }
  return std::nullopt;
}

}  // namespace

Result<Assignment> create_assignment(Services& s, const Principal& who, Assignment assignment) {
  SB_CHECK(staff_only(who));
  return write_value<Assignment>(s.store, [&](WriteTx& tx) -> Result<Assignment> {
    SB_TRY(of, round_of(tx, assignment.round_id));
    SB_CHECK(check_assignment(of.programme, of.round, assignment));
    SB_TRY(id, assignments(tx).insert_assignment(assignment));
    return *assignments(tx).find_assignment(id);
  });
}

Result<Assignment> update_assignment(Services& s, const Principal& who, Assignment assignment) {
  SB_CHECK(staff_only(who));
  return write_value<Assignment>(s.store, [&](WriteTx& tx) -> Result<Assignment> {
    auto stored = assignments(tx).find_assignment(assignment.id);
    if (!stored) return std::unexpected(no_assignment());
    assignment.round_id = stored->round_id;
    SB_TRY(of, round_of(tx, assignment.round_id));
    SB_CHECK(check_assignment(of.programme, of.round, assignment));
    SB_CHECK(assignments(tx).update_assignment(assignment));
    return *assignments(tx).find_assignment(assignment.id);
  });
}

Result<void> delete_assignment(Services& s, const Principal& who, Id assignment_id) {
  SB_CHECK(staff_only(who));
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    if (!assignments(tx).find_assignment(assignment_id)) return std::unexpected(no_assignment());
    if (assignments(tx).count_hand_ins(assignment_id) > 0) {
      return std::unexpected(Error{ErrorCode::failed_precondition,
                                   "Participants handed this assignment in; change it instead of deleting it."}
                                 .because("has_hand_ins"));
    }
    return assignments(tx).delete_assignment(assignment_id);
  });
}

Result<RoundAssignments> round_assignments(Services& s, const Principal& who, Id round_id) {
  SB_CHECK(staff_only(who));
  const UnixTime now = s.clock.now();
  return read_value<RoundAssignments>(s.store, [&](ReadTx& tx) -> Result<RoundAssignments> {
    SB_TRY(of, round_of(tx, round_id));
    const auto all = assignments(tx).list_assignments(round_id);
    const auto hand_ins = assignments(tx).list_hand_ins(round_id);
    RoundAssignments out{of.programme, of.round, {}};
    for (const auto& a : all) out.assignments.push_back({a, {}});
    for (const auto& e : programmes(tx).list_enrolments(round_id)) {
      if (e.status != EnrolmentStatus::placed) continue;
      for (auto& item : assignment_items(of.round, e, all, hand_ins, now)) {
        auto overview = std::find_if(out.assignments.begin(), out.assignments.end(),
                                     [&](const AssignmentOverview& o) { return o.assignment.id == item.assignment.id; });
        overview->lines.push_back({e, std::move(item.hand_in), item.state});
      }
    }
    return out;
  });
}

Result<HandIn> hand_in(Services& s, const Principal& who, Id assignment_id, std::string text) {
  SB_TRY(clean, clean_text("text", text, kMaxHandIn, Required::yes));
  const UnixTime now = s.clock.now();
  return write_value<HandIn>(s.store, [&](WriteTx& tx) -> Result<HandIn> {
    auto assignment = assignments(tx).find_assignment(assignment_id);
    if (!assignment) return std::unexpected(no_assignment());
    // Someone not placed in the round, or placed in a group that does not have it, learns nothing of it.
    auto mine = placed_enrolment(tx, assignment->round_id, who.user.id);
    auto round = programmes(tx).find_round(assignment->round_id);
    if (!mine || !round) return std::unexpected(no_assignment());
    const auto theirs = assignments_for(*round, {*assignment}, mine->group_id);
    if (theirs.empty()) return std::unexpected(no_assignment());
    SB_CHECK(authorize_personal(who, Action::hand_in_assignment, work_of(*mine)));
    auto work = assignments(tx).find_hand_in_of(assignment_id, mine->id);
    if (!work) {
      HandIn first{0, assignment_id, mine->id, clean, now, now, HandInStatus::submitted, "", std::nullopt, std::nullopt, 1};
      SB_TRY(id, assignments(tx).insert_hand_in(first));
      return *assignments(tx).find_hand_in(id);
    }
    if (work->status == HandInStatus::accepted) {
      return std::unexpected(Error{ErrorCode::failed_precondition, "This work was accepted; it can no longer change.", "text"}
                                 .because("hand_in_accepted"));
    }
    work->text = clean;
    work->submitted_at = now;
    work->status = HandInStatus::submitted;  // the feedback stays, so both sides see what it answered
    SB_CHECK(assignments(tx).update_hand_in(*work));
    return *assignments(tx).find_hand_in(work->id);
  });
}

Result<HandIn> find_hand_in(Services& s, const Principal& who, Id hand_in_id) {
  return read_value<HandIn>(s.store, [&](ReadTx& tx) -> Result<HandIn> {
    auto work = assignments(tx).find_hand_in(hand_in_id);
    auto e = work ? programmes(tx).find_enrolment(work->enrolment_id) : std::nullopt;
    if (!work || !e) return std::unexpected(Error::not_found("No such hand-in."));
    SB_CHECK(authorize_personal(who, Action::view_hand_in, work_of(*e)));
    return *work;
  });
}

Result<HandIn> review_hand_in(Services& s, const Principal& who, Review review) {
  SB_CHECK(staff_only(who));
  if (review.decision == HandInStatus::submitted) {
    return std::unexpected(Error::invalid("decision", "Accept or return the work.").because("not_a_decision"));
  }
  const auto needed = review.decision == HandInStatus::returned ? Required::yes : Required::no;
  SB_TRY(feedback, clean_text("feedback", review.feedback, kMaxFeedback, needed));
  const UnixTime now = s.clock.now();
  return write_value<HandIn>(s.store, [&](WriteTx& tx) -> Result<HandIn> {
    auto work = assignments(tx).find_hand_in(review.hand_in_id);
    if (!work) return std::unexpected(Error::not_found("No such hand-in."));
    work->status = review.decision;
    work->feedback = feedback;
    work->reviewed_at = now;
    work->reviewed_by = who.user.id;
    work->version = review.version;
    SB_CHECK(assignments(tx).update_hand_in(*work));
    return *assignments(tx).find_hand_in(work->id);
  });
}

}  // namespace sb
