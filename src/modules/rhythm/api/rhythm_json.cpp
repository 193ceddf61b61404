#include "modules/rhythm/api/rhythm_json.h"

#include <boost/json.hpp>
#include <cmath>

#include "server/api/json_io.h"

namespace sb::api {
namespace json = boost::json;
namespace {

json::value rate_json(const std::optional<double>& rate) {
  if (!rate) return nullptr;
  return std::round(*rate * 1000) / 1000;  // three decimals: enough for a percentage with one
}

json::value text_or_null(const std::string& text) {
  if (text.empty()) return nullptr;
  return json::string(text);
}

// The views' answers are large trees (the bestuur's heatmap: a row per team with an object per week); built in
// one arena (`sp`, a monotonic resource the answer owns) they cost no malloc and free per value.
json::object figures_json(const RhythmFigures& f, const json::storage_ptr& sp) {
  return json::object({{"school_weeks", f.school_weeks},
          {"held_weeks", f.held_weeks},
          {"recent_weeks", f.recent_weeks},
          {"recent_held", f.recent_held},
          {"missed_in_a_row", f.missed_in_a_row},
          {"session_rate", rate_json(f.session_rate)},
          {"attendance_rate", rate_json(f.attendance_rate)},
          {"trend", f.trend ? json::value(to_string(*f.trend)) : json::value(nullptr)}},
                      sp);
}

// `people` decides the privacy floor: under it, a week's attendance is left out too.
json::object week_json(const TeamWeek& w, int people, bool school_row, const json::storage_ptr& sp = {}) {
  json::object counts(sp);
  for (const auto& [kind, count] : w.counts) counts[kind] = count;
  json::object out({{"week", w.week},
                    {"state", to_string(w.state)},
                    {"holiday", text_or_null(w.holiday)},
                    {"counts", std::move(counts)},
                    {"attended", w.attended && people >= kPrivacyFloor ? json::value(*w.attended) : json::value(nullptr)}},
                   sp);
  if (school_row) {
    out["teams_held"] = w.teams_held;
    out["teams_counted"] = w.teams_counted;
  }
  return out;
}

json::object goal_json(const CascadeGoal& g) {
  json::array measurements;
  for (const auto& m : g.goal.measurements) measurements.push_back(json::object{{"week", m.week}, {"value", m.value}});
  return {{"id", g.goal.id},
          {"team_id", g.goal.team_id},
          {"team_name", g.team_name},
          {"title", g.goal.title},
          {"unit", to_string(g.goal.unit)},
          {"direction", to_string(g.goal.direction)},
          {"baseline", g.goal.baseline},
          {"target", g.goal.target},
          {"latest", g.latest ? json::value(*g.latest) : json::value(nullptr)},
          {"latest_week", text_or_null(g.latest_week)},
          {"met", g.met},
          {"progress", to_string(g.progress)},
          {"measurements", std::move(measurements)}};
}

json::object ambition_json(const CascadeAmbition& a) {
  json::array goals;
  for (const auto& g : a.goals) goals.push_back(goal_json(g));
  return {{"id", a.ambition.id},
          {"school_id", a.ambition.school_id},
          {"school_name", a.school_name},
          {"school_year", a.ambition.school_year},
          {"title", a.ambition.title},
          {"description", a.ambition.description},
          {"strategic_goal_id", optional_id_json(a.strategic_goal_id)},
          {"served", !a.goals.empty()},
          {"goals", std::move(goals)}};
}

json::object overview_team_json(const OverviewTeam& t, const json::storage_ptr& sp) {
  return json::object({{"team_id", t.team_id ? json::value(t.team_id) : json::value(nullptr)},
          {"name", t.name},
          {"people", t.people},
          {"rates_shown", t.people >= kPrivacyFloor},
          {"goals_reached", t.goals_reached},
          {"goals_partly", t.goals_partly},
          {"goals_judged", t.goals_judged},
          {"open_obstacles", t.open_obstacles},
          {"oldest_obstacle_days", t.oldest_obstacle_days ? json::value(*t.oldest_obstacle_days) : json::value(nullptr)},
          {"figures", figures_json(t.figures, sp)}},
                      sp);
}

}  // namespace

json::object to_json(const Heatmap& heatmap) {
  const auto sp = json::make_shared_resource<json::monotonic_resource>();
  json::array weeks(heatmap.weeks.begin(), heatmap.weeks.end(), sp);
  json::array kinds(heatmap.kinds.begin(), heatmap.kinds.end(), sp);
  json::array rows(sp);
  for (const auto& row : heatmap.rows) {
    const bool school_row = row.is_school;
    json::array row_weeks(sp);
    for (const auto& w : row.weeks) row_weeks.push_back(week_json(w, row.people, school_row, sp));
    rows.push_back(json::object({{"id", row.id},
                                {"name", row.name},
                                {"school_id", row.school_id},
                                {"people", row.people},
                                {"kind", row.is_school ? "school" : "team"},
                                {"teams", row.teams},
                                {"rates_shown", row.people >= kPrivacyFloor},
                                {"figures", figures_json(row.figures, sp)},
                                {"weeks", std::move(row_weeks)}},
                               sp));
  }
  return json::object({{"school_year", heatmap.school_year}, {"this_week", heatmap.this_week},
                       {"privacy_floor", kPrivacyFloor}, {"weeks", std::move(weeks)},
                       {"kinds", std::move(kinds)}, {"rows", std::move(rows)}},
                      sp);
}

json::object to_json(const WeekDetail& d) {
  return {{"team_id", d.team_id},
          {"team_name", d.team_name},
          {"school_name", d.school_name},
          {"people", d.people},
          {"rates_shown", d.people >= kPrivacyFloor},
          {"attendance_rate", rate_json(d.attendance_rate)},
          {"week", week_json(d.week, d.people, false)}};
}

json::object to_json(const Overview& overview) {
  const auto sp = json::make_shared_resource<json::monotonic_resource>();
  json::array schools(sp);
  for (const auto& s : overview.schools) {
    json::array teams(sp);
    for (const auto& t : s.teams) teams.push_back(overview_team_json(t, sp));
    schools.push_back(json::object({{"school_id", s.school_id},
                                    {"name", s.name},
                                    {"region", to_string(s.region)},
                                    {"total", overview_team_json(s.total, sp)},
                                    {"teams", std::move(teams)}},
                                   sp));
  }
  return json::object({{"school_year", overview.school_year},
                       {"this_week", overview.this_week},
                       {"privacy_floor", kPrivacyFloor},
                       {"recent_weeks", kRecentWeeks},
                       {"schools", std::move(schools)}},
                      sp);
}

json::object to_json(const Cascade& c) {
  json::array strategic;
  for (const auto& sg : c.strategic_goals) {
    json::array ambitions;
    for (const auto& a : sg.ambitions) ambitions.push_back(ambition_json(a));
    auto goal = to_json(sg.goal);
    goal["ambitions"] = std::move(ambitions);
    strategic.push_back(std::move(goal));
  }
  json::array unlinked;
  for (const auto& a : c.unlinked) unlinked.push_back(ambition_json(a));
  return {{"bestuur_id", c.bestuur_id},
          {"bestuur_name", c.bestuur_name},
          {"school_year", c.school_year},
          {"strategic_goals", std::move(strategic)},
          {"unlinked_ambitions", std::move(unlinked)},
          {"ambitions_without_goals", c.ambitions_without_goals}};
}

json::object to_json(const StrategicGoal& g) {
  return {{"id", g.id},       {"bestuur_id", g.bestuur_id},   {"school_year", g.school_year},
          {"title", g.title}, {"description", g.description}, {"version", g.version}};
}

json::object to_json(const Holiday& h) {
  return {{"id", h.id ? json::value(h.id) : json::value(nullptr)},
          {"region", to_string(h.region)},
          {"school_year", h.school_year},
          {"name", h.name},
          {"starts_on", h.starts_on},
          {"ends_on", h.ends_on},
          {"checked", h.checked}};
}

Result<StrategicGoalInput> read_new_strategic_goal(BodyReader& body) {
  SB_TRY(year, body.optional_string("school_year"));
  SB_TRY(title, body.optional_string("title"));
  SB_TRY(description, body.optional_string("description"));
  SB_CHECK(body.finish());
  return StrategicGoalInput{year, title, description};
}

Result<Versioned<StrategicGoalInput>> read_strategic_goal_change(BodyReader& body) {
  SB_TRY(version, body.integer("version"));
  SB_TRY(input, read_new_strategic_goal(body));
  return Versioned<StrategicGoalInput>{std::move(input), version};
}

Result<std::optional<Id>> read_ambition_link(BodyReader& body) {
  SB_TRY(goal_id, body.nullable_id("strategic_goal_id"));
  SB_CHECK(body.finish());
  if (!goal_id) return std::unexpected(Error::required("strategic_goal_id"));
  return *goal_id;
}

Result<HolidayInput> read_holiday(BodyReader& body) {
  SB_TRY(region, body.string("region"));
  SB_TRY(year, body.string("school_year"));
  SB_TRY(name, body.string("name"));
  SB_TRY(starts_on, body.string("starts_on"));
  SB_TRY(ends_on, body.string("ends_on"));
  SB_CHECK(body.finish());
  return HolidayInput{region, year, name, starts_on, ends_on};
}

}  // namespace sb::api
