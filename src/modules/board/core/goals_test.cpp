// Cycles, goals with their weekly measurements, and the school's ambitions,
// called as the use cases they are, against the real store with the demo's boards.
#include <gtest/gtest.h>

#include "modules/board/core/cycle_holidays.h"
#include "modules/board/core/goals.h"
#include "modules/board/core/test_board.h"

namespace sb {
namespace {

using testing::must;

class Goals : public ::testing::Test, protected testing::BoardWorld {
 protected:
  Goal new_goal(std::optional<Id> ambition_id = std::nullopt) {
    GoalInput input{current_cycle().id, std::nullopt, "Rustige start", "groep 5", "minuten tot iedereen werkt", "score",
                    9, 4, "lower"};
    if (ambition_id) input.ambition_id = ambition_id;
    return must(create_goal(s, teacher, team_id, input));
  }
};

TEST_F(Goals, AWeeksValueIsEnteredOnceCorrectedOnTheVersionItWasReadAtAndFitsItsUnit) {
  const auto goal = new_goal();
  const auto first = must(put_measurement(s, teacher, goal.id, "2026-11-16", 7, std::nullopt));
  EXPECT_EQ(first.version, 1);
  EXPECT_EQ(first.entered_by_name, "Sanne de Vries");

  const auto unseen = put_measurement(s, leader, goal.id, "2026-11-16", 6, std::nullopt);
  ASSERT_FALSE(unseen.has_value());
  EXPECT_EQ(unseen.error().code, ErrorCode::conflict);
  const auto corrected = must(put_measurement(s, leader, goal.id, "2026-11-16", 6, first.version));
  EXPECT_EQ(corrected.version, 2);
  EXPECT_EQ(corrected.entered_by_name, "Karin Hofman");
  EXPECT_EQ(put_measurement(s, teacher, goal.id, "2026-11-16", 5, first.version).error().code, ErrorCode::conflict);
  EXPECT_EQ(delete_measurement(s, teacher, goal.id, "2026-11-16", first.version).error().code, ErrorCode::conflict);
  EXPECT_EQ(must(find_measurement_for(s, teacher, goal.id, "2026-11-16")).value, 6);

  must(delete_measurement(s, teacher, goal.id, "2026-11-16", corrected.version));
  EXPECT_EQ(find_measurement_for(s, teacher, goal.id, "2026-11-16").error().code, ErrorCode::not_found);
  EXPECT_TRUE(must(find_goal_for(s, teacher, goal.id)).measurements.empty());

  // A week is named by its Monday, and a value fits the goal's unit.
  EXPECT_EQ(put_measurement(s, teacher, goal.id, "2026-11-17", 5, std::nullopt).error().field, "week");
  GoalInput percentage{};
  percentage.unit = "percentage";
  must(update_goal(s, teacher, goal.id, percentage, goal.version));
  EXPECT_EQ(put_measurement(s, teacher, goal.id, "2026-11-16", 120, std::nullopt).error().field, "value");
  EXPECT_TRUE(must(find_goal_for(s, teacher, goal.id)).measurements.empty());
}

TEST_F(Goals, AGoalChangedOrDeletedOnAStaleVersionStaysAsItIs) {
  const auto card = add("action", "Startritueel oefenen", new_goal().id);
  const auto goal = must(find_goal_for(s, teacher, *card.goal_id));
  GoalInput retitled{};
  retitled.title = "Rustige start van de dag";
  must(update_goal(s, teacher, goal.id, retitled, goal.version));
  retitled.title = "Iets anders";
  EXPECT_EQ(update_goal(s, leader, goal.id, retitled, goal.version).error().code, ErrorCode::conflict);
  EXPECT_EQ(delete_goal(s, leader, goal.id, goal.version).error().code, ErrorCode::conflict);
  EXPECT_EQ(must(find_goal_for(s, teacher, goal.id)).title, "Rustige start van de dag");

  must(delete_goal(s, leader, goal.id, goal.version + 1));
  EXPECT_EQ(find_goal_for(s, teacher, goal.id).error().code, ErrorCode::not_found);
  EXPECT_FALSE(must(find_item_for(s, teacher, card.id)).goal_id.has_value());  // the card stays, unlinked
}

TEST_F(Goals, ACycleLastsSixToEightWeeksAndOverlapsNoOther) {
  const auto current = current_cycle();
  EXPECT_EQ(create_cycle(s, teacher, team_id, {"Te kort", "2027-01-04", "2027-01-31"}).error().field, "ends_on");
  EXPECT_EQ(create_cycle(s, teacher, team_id, {"Erdoorheen", current.ends_on, "2027-01-24"}).error().field, "starts_on");
  const auto next = must(create_cycle(s, teacher, team_id, {"Cyclus 3", "2026-12-07", "2027-01-17"}));
  EXPECT_EQ(next.name, "Cyclus 3");
  EXPECT_EQ(update_cycle(s, teacher, next.id, {std::nullopt, "2026-12-06", "2027-01-16"}, next.version).error().field,
            "starts_on");
  EXPECT_EQ(update_cycle(s, teacher, next.id, {"Cyclus drie", std::nullopt, std::nullopt}, next.version + 1).error().code,
            ErrorCode::conflict);
}

TEST_F(Goals, TheSchoolsHolidayWeeksDoNotCountInACycle) {
  // The school calendar the rhythm module fills in: Christmas of the school's region.
  Id asked_school = 0;
  school_calendar(s).holiday_weeks = [&](ReadTx&, Id school_id, const std::string& from, const std::string& to) {
    asked_school = school_id;
    std::vector<HolidayWeek> weeks;
    for (std::string monday : {"2026-12-21", "2026-12-28"}) {
      if (monday >= from && monday <= to) weeks.push_back({monday, "kerstvakantie"});
    }
    return weeks;
  };
  // Ten calendar weeks over Christmas are eight school weeks; eleven are nine, too long.
  EXPECT_EQ(create_cycle(s, teacher, team_id, {"Te lang", "2026-12-07", "2027-02-21"}).error().field, "ends_on");
  const auto over_christmas = must(create_cycle(s, teacher, team_id, {"Cyclus 3", "2026-12-07", "2027-02-14"}));
  EXPECT_EQ(asked_school, world.team("OBS De Regenboog", "Groep 5-6").school_id);
  // The end moved past the holidays, as the team may ask.
  const auto span = must(cycle_holidays(s, teacher, team_id, "2026-12-07", "2027-01-17"));
  ASSERT_EQ(span.weeks.size(), 2u);
  EXPECT_EQ(span.weeks.front().name, "kerstvakantie");
  EXPECT_EQ(span.school_weeks, 4);
  EXPECT_EQ(span.end_past_holidays, "2027-01-31");
  EXPECT_EQ(cycle_holidays(s, teacher, team_id, "2026-12-07", "2026-12-01").error().field, "ends_on");
  EXPECT_EQ(update_cycle(s, teacher, over_christmas.id, {std::nullopt, std::nullopt, span.end_past_holidays},
                         over_christmas.version)
                .value()
                .ends_on,
            "2027-01-31");
  school_calendar(s).holiday_weeks = nullptr;
}

TEST_F(Goals, AnAmbitionThatGoalsServeStaysUntilTheyServeAnotherOne) {
  const auto ambition = must(create_ambition(s, leader, world.school("OBS De Regenboog").id, "2026-2027", "Rust in de klas", ""));
  const auto goal = new_goal(ambition.id);

  const auto served = delete_ambition(s, leader, ambition.id, ambition.version);
  ASSERT_FALSE(served.has_value());
  EXPECT_EQ(served.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(served.error().field, "goals");
  EXPECT_TRUE(find_ambition_for(s, leader, ambition.id).has_value());

  GoalInput unlinked{};
  unlinked.ambition_id.emplace(std::nullopt);  // present but empty: serves no ambition
  must(update_goal(s, teacher, goal.id, unlinked, goal.version));
  EXPECT_EQ(delete_ambition(s, leader, ambition.id, ambition.version + 1).error().code, ErrorCode::conflict);
  must(delete_ambition(s, leader, ambition.id, ambition.version));
  EXPECT_EQ(find_ambition_for(s, leader, ambition.id).error().code, ErrorCode::not_found);
}

TEST_F(Goals, OnlyTheSchoolLeadershipSetsTheAmbitionsOfItsOwnSchool) {
  const auto school_id = world.school("OBS De Regenboog").id;
  EXPECT_EQ(create_ambition(s, teacher, school_id, "2026-2027", "Eigen ambitie", "").error().code, ErrorCode::permission_denied);
  EXPECT_EQ(create_ambition(s, other_leader, school_id, "2026-2027", "Overgenomen", "").error().code, ErrorCode::not_found);
  EXPECT_EQ(create_ambition(s, leader, school_id, "2026-2028", "Twee jaar", "").error().field, "school_year");
  const auto ambition = must(create_ambition(s, leader, school_id, "2026-2027", "Lezen met plezier", ""));
  EXPECT_EQ(update_ambition(s, teacher, ambition.id, {{}, "Anders", {}}, ambition.version).error().code,
            ErrorCode::permission_denied);
  EXPECT_EQ(update_ambition(s, leader, ambition.id, {{}, "Iedereen leest", {}}, ambition.version + 1).error().code,
            ErrorCode::conflict);
  EXPECT_EQ(must(update_ambition(s, leader, ambition.id, {{}, "Iedereen leest", {}}, ambition.version)).version, 2);
}

}  // namespace
}  // namespace sb
