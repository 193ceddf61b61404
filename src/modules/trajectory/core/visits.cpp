#include "modules/trajectory/core/visits.h"

#include "kernel/dates.h"
#include "kernel/validation.h"
#include "modules/organisation/core/store.h"
#include "modules/trajectory/core/trajectory.h"
#include "modules/trajectory/core/visit_store.h"

namespace sb {
namespace {

Result<Visit> visit_in(ReadTx& tx, const Principal& who, Action action, Id visit_id) {
  SB_TRY(scope, scope_of_coach_visit(tx, visit_id));
  SB_CHECK(authorize(who, action, scope));
  return *visits(tx).find_visit(visit_id);
}

Result<Visit> reread(WriteTx& tx, Id visit_id) {
  auto found = visits(tx).find_visit(visit_id);
  if (!found) return std::unexpected(Error::not_found("Visit not found."));
  return *found;
}

Error not_planned(std::string message) {
  Error error{ErrorCode::failed_precondition, std::move(message)};
  error.reason = "not_planned";
  return error;
}

}  // namespace

Result<Scope> scope_of_coach_visit(ReadTx& tx, Id visit_id) {
  const auto visit = visits(tx).find_visit(visit_id);
  if (!visit) return std::unexpected(Error::not_found("Visit not found."));
  return scope_of_school_trajectory(tx, visit->school_id);
}

Result<SchoolVisits> school_visits(Services& s, const Principal& who, Id school_id) {
  return read_value<SchoolVisits>(s.store, [&](ReadTx& tx) -> Result<SchoolVisits> {
    SB_TRY(scope, scope_of_school_trajectory(tx, school_id));
    SB_CHECK(authorize(who, Action::view_trajectory, scope));
    const auto school = organisation(tx).find_school(school_id);
    SchoolVisits out;
    out.visits = visits(tx).visits_of_school(school_id);
    out.budget = count_budget(school->sector, out.visits);
    return out;
  });
}

Result<Visit> plan_visit(Services& s, const Principal& who, Id school_id, const VisitInput& input) {
  SB_TRY(date, check_date("date", input.date));
  if (input.start_minutes < 0 || input.start_minutes >= 24 * 60) {
    return std::unexpected(Error::invalid("start_time", "A time as 09:30.").because("not_a_time"));
  }
  if (input.duration_minutes < kMinVisitMinutes || input.duration_minutes > kMaxVisitMinutes) {
    return std::unexpected(Error::invalid("minutes", "From 30 minutes to 8 hours.")
                               .because("out_of_range", kMinVisitMinutes, kMaxVisitMinutes));
  }
  const UnixTime now = s.clock.now();
  return write_value<Visit>(s.store, [&](WriteTx& tx) -> Result<Visit> {
    SB_TRY(scope, scope_of_school_trajectory(tx, school_id));
    SB_CHECK(authorize(who, Action::plan_visits, scope));
    const auto school = organisation(tx).find_school(school_id);
    const auto budget = count_budget(school->sector, visits(tx).visits_of_school(school_id));
    Visit visit;
    visit.school_id = school_id;
    visit.coach_id = who.user.id;
    visit.starts_at = amsterdam_moment(*parse_date(date), input.start_minutes);
    visit.ends_at = visit.starts_at + input.duration_minutes * 60;
    visit.status = needs_approval(budget) ? CoachVisitStatus::awaiting_approval : CoachVisitStatus::planned;
    visit.created_at = now;
    SB_TRY(id, visits(tx).insert_visit(visit));
    return reread(tx, id);
  });
}

Result<Visit> report_visit(Services& s, const Principal& who, Id visit_id, const std::string& seen,
                           const std::string& advice) {
  SB_TRY(clean_seen, clean_text("seen", seen, kMaxReportLength, Required::yes));
  SB_TRY(clean_advice, clean_text("advice", advice, kMaxReportLength, Required::yes));
  const UnixTime now = s.clock.now();
  return write_value<Visit>(s.store, [&](WriteTx& tx) -> Result<Visit> {
    SB_TRY(visit, visit_in(tx, who, Action::plan_visits, visit_id));
    SB_CHECK(check_report(visit, now));
    SB_CHECK(visits(tx).put_report(visit_id, clean_seen, clean_advice, now));
    return reread(tx, visit_id);
  });
}

Result<Visit> cancel_visit(Services& s, const Principal& who, Id visit_id) {
  return write_value<Visit>(s.store, [&](WriteTx& tx) -> Result<Visit> {
    SB_TRY(visit, visit_in(tx, who, Action::plan_visits, visit_id));
    if (visit.status == CoachVisitStatus::held || visit.status == CoachVisitStatus::cancelled) {
      return std::unexpected(not_planned("Only a visit still to come can be cancelled."));
    }
    SB_CHECK(visits(tx).set_visit_status(visit_id, CoachVisitStatus::cancelled, visit.approved_by));
    return reread(tx, visit_id);
  });
}

Result<Visit> approve_visit(Services& s, const Principal& who, Id visit_id) {
  return write_value<Visit>(s.store, [&](WriteTx& tx) -> Result<Visit> {
    SB_TRY(visit, visit_in(tx, who, Action::manage_trajectories, visit_id));
    if (visit.status != CoachVisitStatus::awaiting_approval) {
      return std::unexpected(not_planned("Only a visit past the budget waits for approval."));
    }
    SB_CHECK(visits(tx).set_visit_status(visit_id, CoachVisitStatus::planned, who.user.id));
    return reread(tx, visit_id);
  });
}

CalendarSource visits_calendar_source() {
  return {"trajectory-visits", [](Services& s, Id user_id, UnixTime now) -> Result<std::vector<CalendarEvent>> {
            return read_value<std::vector<CalendarEvent>>(s.store, [&](ReadTx& tx) -> Result<std::vector<CalendarEvent>> {
              std::vector<CalendarEvent> events;
              // A year back is plenty for a feed; older visits stay in the app.
              for (const auto& visit : visits(tx).visits_for_calendar(user_id, now - 365 * 24 * 60 * 60)) {
                const auto school = organisation(tx).find_school(visit.school_id);
                CalendarEvent event;
                event.uid = "trajectory-visit-" + std::to_string(visit.id) + "@samenbeter";
                event.starts_at = visit.starts_at;
                event.ends_at = visit.ends_at;
                event.summary = "Bezoek expertcoach " + visit.coach_name + (school ? " - " + school->name : "");
                if (visit.status == CoachVisitStatus::awaiting_approval) event.summary += " (wacht op goedkeuring)";
                event.location = school ? school->name : "";
                event.description = visit.seen.empty() ? "" : "Gezien: " + visit.seen + "\nAdvies: " + visit.advice;
                event.cancelled = visit.status == CoachVisitStatus::cancelled;
                events.push_back(std::move(event));
              }
              return events;
            });
          }};
}

}  // namespace sb
