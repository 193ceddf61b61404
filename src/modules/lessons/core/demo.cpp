#include "modules/lessons/core/demo.h"

#include <algorithm>
#include <array>

#include "kernel/dates.h"
#include "modules/board/core/store.h"
#include "modules/lessons/core/store.h"
#include "modules/organisation/core/store.h"

namespace sb {
namespace {

struct DesignTemplate {
  const char* title;
  const char* lesson_goal;
  std::array<const char*, 3> criteria;
  const char* subject;
  DesignStatus status;
};

constexpr std::array<DesignTemplate, 4> kDesigns{{
    {"Hardop denkend lezen", "Leerlingen voorspellen wat er in de tekst gebeurt en controleren dat.",
     {"Leerlingen noemen een voorspelling bij de titel", "Leerlingen wijzen de zin aan die hun voorspelling bevestigt",
      "Leerlingen vertellen hun maatje wat ze lazen"},
     "Begrijpend lezen", DesignStatus::evaluated},
    {"Eigen leerdoel voor de week", "Leerlingen kiezen een haalbaar weekdoel en schrijven hoe ze het halen.",
     {"Elke leerling schrijft een doel in het logboek", "Leerlingen noemen een stap om het doel te halen", ""},
     "Rekenen", DesignStatus::taught},
    {"Rustige start met een dagopdracht", "Leerlingen beginnen binnen twee minuten zelfstandig aan de dagopdracht.",
     {"Leerlingen pakken zonder vragen hun dagopdracht", "Binnen twee minuten werkt iedereen", ""},
     "Taal", DesignStatus::ready},
    {"Feedback met twee tips en een top", "Leerlingen geven elkaar feedback die de opdracht beter maakt.",
     {"", "", ""}, "Schrijven", DesignStatus::draft},
}};

DesignContent content_of(const DesignTemplate& t, const std::string& group, const std::string& today, int days_on) {
  DesignContent c;
  c.title = t.title;
  c.lesson_goal = t.lesson_goal;
  for (const char* criterion : t.criteria) {
    if (*criterion) c.criteria.emplace_back(criterion);
  }
  c.phases = {{"Instructie", 10, "Voordoen en hardop denken"}, {"Samen oefenen", 15, "In tweetallen"},
              {"Zelfstandig", 15, ""}, {"Terugblik", 5, "Wat lukte, wat nog niet?"}};
  c.group_name = group;
  c.subject = t.subject;
  c.planned_on = format_date(*parse_date(today) + days_on);
  c.links = {{"Lesbrief", "https://www.leerkracht.nl/"}};
  c.status = t.status;
  return c;
}

Result<void> add_team_lessons(WriteTx& tx, const Team& team, const std::vector<Id>& teachers, UnixTime now) {
  auto goals = board(tx).list_goals(team.id);
  if (goals.empty()) return ok();
  // The goals of the latest cycle: those the team works on now.
  const Id cycle = goals.back().cycle_id;
  std::erase_if(goals, [&](const Goal& g) { return g.cycle_id != cycle; });
  const auto today = date_of(now);
  const Id a = teachers[0], b = teachers[1];
  std::vector<LessonDesign> designs;
  for (std::size_t i = 0; i < kDesigns.size(); ++i) {
    LessonDesign d;
    d.team_id = team.id;
    d.goal_id = goals[i % goals.size()].id;
    const int days_on = kDesigns[i].status == DesignStatus::taught || kDesigns[i].status == DesignStatus::evaluated
                            ? -7 - static_cast<int>(i) : 2 + static_cast<int>(i);
    d.content = content_of(kDesigns[i], team.name, today, days_on);
    d.author_ids = {a, b};
    d.created_by = d.updated_by = i % 2 == 0 ? a : b;
    d.created_at = d.updated_at = now - 21 * 86400;
    SB_TRY(id, lessons(tx).insert_design(d));
    d.id = id;
    designs.push_back(d);
  }
  // A second save of the first design, by the other author: the history has something to show.
  {
    auto d = *lessons(tx).find_design(designs[0].id);
    d.content.phases[1].minutes = 20;
    d.updated_by = b;
    d.updated_at = now - 20 * 86400;
    SB_CHECK(lessons(tx).update_design(d, 1));
  }
  auto visit_of = [&](std::size_t design, Id teacher, Id visitor, UnixTime starts_at) {
    LessonVisit v;
    v.design_id = designs[design].id;
    v.team_id = team.id;
    v.teacher_id = teacher;
    v.visitor_id = visitor;
    v.group_name = team.name;
    v.starts_at = starts_at;
    v.minutes = 45;
    v.location = "Lokaal " + std::to_string(10 + design);
    v.planned_by = teacher;
    v.created_at = now - 14 * 86400;
    return v;
  };
  auto observe = [&](Id visit_id, const DesignContent& design) -> Result<void> {
    Observation o;
    o.visit_id = visit_id;
    int rating = 3;
    for (const auto& criterion : design.criteria) {
      o.criteria.push_back({criterion, "De meeste leerlingen lieten dit zien; twee leerlingen hadden hulp nodig.", rating});
      rating = rating == 4 ? 2 : rating + 1;
    }
    o.notes = "Goede sfeer; de instructie duurde wat langer dan gepland.";
    o.client_key = "demo-" + std::to_string(visit_id);
    o.client_seq = 1;
    o.updated_at = now - 6 * 86400;
    return lessons(tx).save_observation(o);
  };
  const int day = *parse_date(amsterdam_date(now));
  // 1. Planned: the day after tomorrow, 09:30 in the Netherlands.
  SB_CHECK(drop_value(lessons(tx).insert_visit(visit_of(2, a, b, amsterdam_moment(day + 2, 9 * 60 + 30)))));
  // 2. Held, with the visitor's observation.
  auto held = visit_of(1, b, a, amsterdam_moment(day - 6, 10 * 60));
  held.status = LessonVisitStatus::held;
  SB_TRY(held_id, lessons(tx).insert_visit(held));
  SB_CHECK(observe(held_id, designs[1].content));
  // 3. Reflected: the conclusion is an action on the team's board, linked to the visit and the goal.
  auto reflected = visit_of(0, a, b, amsterdam_moment(day - 9, 11 * 60));
  reflected.status = LessonVisitStatus::reflected;
  SB_TRY(reflected_id, lessons(tx).insert_visit(reflected));
  SB_CHECK(observe(reflected_id, designs[0].content));
  const std::string conclusion = "Bij elke leesles eerst een voorspelling laten noteren";
  // The demo writes the board item as the board's own demo writes items (no live screens exist yet); the use
  // case puts it there through add_item_from_source (board/core/item_sources.h).
  BoardItem item;
  item.team_id = team.id;
  item.kind = ItemKind::action;
  item.text = conclusion;
  item.notes = "Voorspellingen op een kaartje, zodat we het terug kunnen zien.";
  item.status = "todo";
  item.position = board(tx).last_position(team.id, ItemKind::action, "todo") + 1;
  item.goal_id = designs[0].goal_id;
  item.owner_ids = {a, b};
  item.created_by = b;
  item.created_at = item.updated_at = item.status_changed_at = now - 8 * 86400;
  item.source = ItemSource{"lesson_visit", reflected_id};
  SB_TRY(item_id, board(tx).insert_item(item));
  Reflection r;
  r.visit_id = reflected_id;
  r.students_did = "Leerlingen noemden voorspellingen, maar controleerden ze weinig in de tekst.";
  r.criteria_met = "Het eerste criterium wel, het tweede bij de helft van de klas.";
  r.change_next = "Voorspellingen op een kaartje, zodat we het terug kunnen zien.";
  r.conclusion = conclusion;
  r.conclusion_kind = ConclusionKind::action;
  r.concluded_at = now - 8 * 86400;
  r.updated_by = b;
  r.updated_at = r.concluded_at;
  SB_CHECK(lessons(tx).save_reflection(r, 0));
  auto stored = *lessons(tx).find_visit(reflected_id);
  stored.board_item_id = item_id;
  SB_CHECK(lessons(tx).update_visit(stored, stored.version));
  // 4. Held and shared with the school leader by the visited teacher.
  auto shared = visit_of(1, a, b, amsterdam_moment(day - 3, 10 * 60));
  shared.status = LessonVisitStatus::held;
  shared.shared_with_leadership = true;
  SB_TRY(shared_id, lessons(tx).insert_visit(shared));
  SB_CHECK(observe(shared_id, designs[1].content));
  return ok();
}

}  // namespace

DemoStep lessons_demo() {
  return {"lessons", [](WriteTx& tx, const DemoContext& context) -> Result<void> {
            auto schools = organisation(tx).list_schools();
            std::sort(schools.begin(), schools.end(), [](const School& a, const School& b) { return a.id < b.id; });
            for (const auto& school : schools) {
              auto teams = organisation(tx).list_teams_of_school(school.id);
              std::sort(teams.begin(), teams.end(), [](const Team& a, const Team& b) { return a.id < b.id; });
              for (const auto& team : teams) {
                std::vector<Id> teachers;
                for (const auto& m : organisation(tx).list_memberships_in_team(team.id)) {
                  if (m.role == Role::leraar) teachers.push_back(m.user_id);
                }
                std::sort(teachers.begin(), teachers.end());
                // The demo account "leraar" first, so she has visits of her own at first sign-in.
                std::stable_partition(teachers.begin(), teachers.end(), [&](Id id) {
                  auto user = organisation(tx).find_user(id);
                  return user && user->email.starts_with("leraar@");
                });
                if (teachers.size() < 2) continue;
                SB_CHECK(add_team_lessons(tx, team, teachers, context.now));
              }
            }
            return ok();
          }};
}

}  // namespace sb
