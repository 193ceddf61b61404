#include "modules/rhythm/api/rhythm_tables.h"

#include <cmath>

namespace sb::api {
namespace {

// The words of the exports, Dutch and English.
std::string word(Locale locale, std::string_view nl, std::string_view en) {
  return std::string(locale == Locale::nl ? nl : en);
}

std::string state_word(WeekState state, Locale l) {
  switch (state) {
    case WeekState::held: return word(l, "gehouden", "held");
    case WeekState::partly: return word(l, "deels", "partly");
    case WeekState::missed: return word(l, "geen bordsessie", "no board session");
    case WeekState::holiday: return word(l, "vakantie", "holiday");
    case WeekState::open: return word(l, "deze week", "this week");
    case WeekState::future: return "";
  }
  return "";
}

std::string trend_word(const std::optional<Trend>& trend, Locale l) {
  if (!trend) return "";
  switch (*trend) {
    case Trend::rising: return word(l, "stijgend", "rising");
    case Trend::steady: return word(l, "stabiel", "steady");
    case Trend::falling: return word(l, "dalend", "falling");
    case Trend::unknown: return word(l, "nog te kort", "too early");
  }
  return "";
}

// A rate as a whole percentage; empty when it is not shown.
TableCell percent(const std::optional<double>& rate) {
  if (!rate) return std::string();
  return static_cast<std::int64_t>(std::lround(*rate * 100));
}

TableCell number(std::int64_t n) { return n; }

}  // namespace

Table heatmap_table(const Heatmap& heatmap, Locale l) {
  Table table{word(l, "Weekritme ", "Weekly rhythm ") + heatmap.school_year, {word(l, "Naam", "Name")}, {}};
  for (const auto& week : heatmap.weeks) table.columns.push_back(week);
  table.columns.push_back(word(l, "Gehouden (%)", "Held (%)"));
  for (const auto& row : heatmap.rows) {
    std::vector<TableCell> cells{row.name};
    for (const auto& week : row.weeks) cells.emplace_back(state_word(week.state, l));
    cells.push_back(percent(row.figures.session_rate));
    table.rows.push_back(std::move(cells));
  }
  return table;
}

Table overview_table(const Overview& overview, Locale l) {
  Table table{word(l, "Overzicht ", "Overview ") + overview.school_year,
              {word(l, "School", "School"), word(l, "Team", "Team"), word(l, "Leraren", "Teachers"),
               word(l, "Doelen gehaald", "Goals reached"), word(l, "Doelen deels", "Goals partly"),
               word(l, "Doelen beoordeeld", "Goals judged"),
               word(l, "Bordsessies laatste 6 schoolweken", "Board sessions, last 6 school weeks"),
               word(l, "Schoolweken", "School weeks"), word(l, "Obstakels bij de leiding", "Obstacles with the leadership"),
               word(l, "Oudste obstakel (dagen)", "Oldest obstacle (days)"), word(l, "Ritme (%)", "Rhythm (%)"),
               word(l, "Trend", "Trend")},
              {}};
  for (const auto& school : overview.schools) {
    auto lines = school.teams;
    lines.push_back(school.total);
    for (const auto& t : lines) {
      table.rows.push_back({school.name, t.team_id ? t.name : word(l, "Hele school", "Whole school"), number(t.people),
                            number(t.goals_reached), number(t.goals_partly), number(t.goals_judged),
                            number(t.figures.recent_held), number(t.figures.recent_weeks), number(t.open_obstacles),
                            t.oldest_obstacle_days ? number(*t.oldest_obstacle_days) : TableCell(std::string()),
                            percent(t.figures.session_rate), trend_word(t.figures.trend, l)});
    }
  }
  return table;
}

Table cascade_table(const Cascade& cascade, Locale l) {
  Table table{word(l, "Cascade ", "Cascade ") + cascade.school_year,
              {word(l, "Strategisch doel", "Strategic goal"), word(l, "School", "School"), word(l, "Ambitie", "Ambition"),
               word(l, "Teamdoel", "Team goal"), word(l, "Team", "Team"), word(l, "Laatste meting", "Latest measurement"),
               word(l, "Week", "Week"), word(l, "Doel", "Target"), word(l, "Trend", "Trend"),
               word(l, "Gehaald", "Reached")},
              {}};
  auto add = [&](const std::string& strategic, const CascadeAmbition& a) {
    if (a.goals.empty()) {
      table.rows.push_back({strategic, a.school_name, a.ambition.title,
                            word(l, "(geen teamdoel)", "(no team goal)"), "", "", "", "", "", ""});
    }
    for (const auto& g : a.goals) {
      table.rows.push_back({strategic, a.school_name, a.ambition.title, g.goal.title, g.team_name,
                            g.latest ? TableCell(*g.latest) : TableCell(std::string()), g.latest_week, g.goal.target,
                            std::string(to_string(g.progress)), g.met ? word(l, "ja", "yes") : word(l, "nee", "no")});
    }
  };
  for (const auto& sg : cascade.strategic_goals) {
    if (sg.ambitions.empty()) {
      table.rows.push_back({sg.goal.title, "", word(l, "(geen ambitie)", "(no ambition)"), "", "", "", "", "", "", ""});
    }
    for (const auto& a : sg.ambitions) add(sg.goal.title, a);
  }
  for (const auto& a : cascade.unlinked) add(word(l, "(geen)", "(none)"), a);
  return table;
}

}  // namespace sb::api
