#include "modules/trajectory/core/trajectory.h"

#include "kernel/dates.h"
#include "kernel/validation.h"
#include "modules/organisation/core/store.h"
#include "modules/trajectory/core/rules.h"
#include "modules/trajectory/core/store.h"

namespace sb {
namespace {

constexpr std::size_t kMaxWho = 200;
constexpr std::size_t kMaxNotes = 4000;

Result<int> check_pupils(int pupils) {
  if (pupils < 1 || pupils > kMaxPupils) {
    return std::unexpected(Error::invalid("pupils", "Between 1 and 10000 pupils.").because("out_of_range", 1, kMaxPupils));
  }
  return pupils;
}

Result<StepInput> clean_step(const StepInput& in) {
  StepInput out = in;
  SB_TRY(date, check_date("happened_on", in.happened_on));
  out.happened_on = date;
  SB_TRY(who, clean_text("who", in.who, kMaxWho, Required::no));
  out.who = who;
  SB_TRY(notes, clean_text("notes", in.notes, kMaxNotes, Required::no));
  out.notes = notes;
  return out;
}

Result<void> allowed(ReadTx& tx, const Principal& who, Action action, Id school_id) {
  SB_TRY(scope, scope_of_school_trajectory(tx, school_id));
  return authorize(who, action, scope);
}

std::vector<ConditionCheck> all_four(Id school_id, const std::vector<ConditionCheck>& checked) {
  std::vector<ConditionCheck> out;
  for (Condition condition : kConditions) {
    ConditionCheck check;
    check.school_id = school_id;
    check.condition = condition;
    for (const auto& c : checked) {
      if (c.condition == condition) check = c;
    }
    out.push_back(check);
  }
  return out;
}

Result<void> need_trajectory(TrajectoryReads& store, Id school_id) {
  if (!store.find_trajectory(school_id)) {
    return std::unexpected(Error{ErrorCode::failed_precondition, "This school has no trajectory yet: register it first."});
  }
  return ok();
}

}  // namespace

Result<Scope> scope_of_school_trajectory(ReadTx& tx, Id school_id) {
  const auto school = organisation(tx).find_school(school_id);
  if (!school) return std::unexpected(Error::not_found("School not found."));
  return Scope{std::nullopt, school->id, school->bestuur_id};
}

Result<TrajectoryView> school_trajectory(Services& s, const Principal& who, Id school_id) {
  return read_value<TrajectoryView>(s.store, [&](ReadTx& tx) -> Result<TrajectoryView> {
    SB_CHECK(allowed(tx, who, Action::view_trajectory, school_id));
    const auto school = organisation(tx).find_school(school_id);
    TrajectoryView view;
    view.school_id = school_id;
    view.school_name = school->name;
    view.sector = std::string(to_string(school->sector));
    auto& store = trajectories(tx);
    view.trajectory = store.find_trajectory(school_id);
    view.steps = store.steps_of(school_id);
    view.checks = all_four(school_id, store.checks_of(school_id));
    if (view.trajectory) {
      view.required_coach_fte = required_coach_fte(store.coach_fte_rule(), view.trajectory->pupils);
      const int at = static_cast<int>(view.trajectory->phase);
      if (at + 1 < kPhaseCount) view.next_phase = static_cast<Phase>(at + 1);
      view.agreement_blocked = view.next_phase == Phase::agreement && !open_conditions(view.checks).empty();
    } else {
      view.next_phase = Phase::registration;
    }
    return view;
  });
}

Result<Id> register_school(Services& s, const Principal& who, Id school_id, int pupils, const StepInput& input) {
  SB_TRY(size, check_pupils(pupils));
  SB_TRY(step_in, clean_step(input));
  const UnixTime now = s.clock.now();
  return write_value<Id>(s.store, [&](WriteTx& tx) -> Result<Id> {
    SB_CHECK(allowed(tx, who, Action::run_trajectory, school_id));
    auto& store = trajectories(tx);
    if (store.find_trajectory(school_id)) {
      return std::unexpected(Error{ErrorCode::already_exists, "This school is already registered.", "school_id"});
    }
    SB_CHECK(store.insert_trajectory({school_id, size, Phase::registration, step_in.happened_on, now}));
    TrajectoryStep step{0, school_id, Phase::registration, step_in.happened_on, step_in.who, step_in.notes, who.user.id,
                        "", now};
    return store.insert_step(step);
  });
}

Result<void> set_pupils(Services& s, const Principal& who, Id school_id, int pupils) {
  SB_TRY(size, check_pupils(pupils));
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_CHECK(allowed(tx, who, Action::run_trajectory, school_id));
    SB_CHECK(need_trajectory(trajectories(tx), school_id));
    return trajectories(tx).update_pupils(school_id, size);
  });
}

Result<Id> record_step(Services& s, const Principal& who, Id school_id, const StepInput& input) {
  SB_TRY(step_in, clean_step(input));
  const UnixTime now = s.clock.now();
  return write_value<Id>(s.store, [&](WriteTx& tx) -> Result<Id> {
    SB_CHECK(allowed(tx, who, Action::run_trajectory, school_id));
    auto& store = trajectories(tx);
    const auto trajectory = store.find_trajectory(school_id);
    if (!trajectory) return std::unexpected(need_trajectory(store, school_id).error());
    SB_CHECK(check_step(trajectory->phase, step_in.phase, store.checks_of(school_id)));
    TrajectoryStep step{0, school_id, step_in.phase, step_in.happened_on, step_in.who, step_in.notes, who.user.id,
                        "", now};
    return store.insert_step(step);
  });
}

Result<void> check_condition(Services& s, const Principal& who, Id school_id, Condition condition,
                             ConditionStatus status, const std::string& note) {
  SB_TRY(clean_note, clean_text("note", note, kMaxNotes, Required::no));
  const UnixTime now = s.clock.now();
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    SB_CHECK(allowed(tx, who, Action::run_trajectory, school_id));
    SB_CHECK(need_trajectory(trajectories(tx), school_id));
    return trajectories(tx).put_check({school_id, condition, status, clean_note, who.user.id, "", now});
  });
}

Result<std::vector<PipelineRow>> staff_pipeline(Services& s, const Principal& who) {
  SB_CHECK(authorize(who, Action::manage_trajectories, Scope::platform()));
  return read_value<std::vector<PipelineRow>>(
      s.store, [&](ReadTx& tx) -> Result<std::vector<PipelineRow>> { return trajectories(tx).pipeline(); });
}

Result<std::vector<FteBand>> coach_fte_rule(Services& s, const Principal& who) {
  SB_CHECK(authorize(who, Action::manage_trajectories, Scope::platform()));
  return read_value<std::vector<FteBand>>(
      s.store, [&](ReadTx& tx) -> Result<std::vector<FteBand>> { return trajectories(tx).coach_fte_rule(); });
}

Result<void> set_coach_fte_rule(Services& s, const Principal& who, std::vector<FteBand> rule) {
  SB_CHECK(authorize(who, Action::manage_trajectories, Scope::platform()));
  SB_TRY(checked, check_fte_rule(std::move(rule)));
  return s.store.write([&](WriteTx& tx) { return trajectories(tx).replace_coach_fte_rule(checked); });
}

}  // namespace sb
