// The mentoring programme's pure rules: the public form's check (the engine's
// eligibility, the track from the job title, field errors) and the season's
// planning deadlines.
#include <gtest/gtest.h>

#include "kernel/dates.h"
#include "modules/mentoring/core/applications.h"
#include "modules/mentoring/core/events.h"
#include "modules/mentoring/core/meetings.h"

namespace sb {
namespace {

MentorApplicationInput a_form() {
  MentorApplicationInput in;
  in.name = "Anouk de Vries";
  in.email = "anouk@bedrijf.nl";
  in.organisation = "Zuivel Noord";
  in.role = "Teamleider productie";
  in.years_in_role = 6;
  in.team_size = 32;
  in.region = "noord";
  return in;
}

TEST(MentoringRules, TheTrackFollowsTheJobTitleUnlessChosen) {
  auto check = check_mentor_application(a_form());
  ASSERT_TRUE(check.has_value());
  EXPECT_EQ(check->track, mentoring::Track::leidinggevende);
  EXPECT_TRUE(check->reasons.empty());
  auto form = a_form();
  form.role = "Scrum master";
  form.years_ci = 2;
  check = check_mentor_application(form);
  EXPECT_EQ(check->track, mentoring::Track::expert);
  ASSERT_EQ(check->reasons.size(), 1u);
  EXPECT_EQ(check->reasons[0].code, mentoring::IneligibilityCode::too_little_ci_experience);
  form.role = "Boekhouder";
  EXPECT_EQ(check_mentor_application(form).error().field, "track");
  form.track = "expert";
  EXPECT_TRUE(check_mentor_application(form).has_value());
}

TEST(MentoringRules, EveryUnmetRequirementIsReported) {
  auto form = a_form();
  form.team_size = 15;  // "more than 15"
  form.years_in_role = 2;
  const auto check = check_mentor_application(form);
  ASSERT_EQ(check->reasons.size(), 2u);
  EXPECT_EQ(to_string(check->reasons[0].code), "too_few_years_as_manager");
  EXPECT_EQ(to_string(check->reasons[1].code), "team_too_small");
  form.team_size = 16;
  form.years_in_role = 3;
  EXPECT_TRUE(check_mentor_application(form)->reasons.empty());
}

TEST(MentoringRules, BadFieldsAreRefusedByName) {
  auto form = a_form();
  form.email = "geen-adres";
  EXPECT_EQ(check_mentor_application(form).error().field, "email");
  form = a_form();
  form.region = "west";  // not one of the programme's four
  EXPECT_EQ(check_mentor_application(form).error().field, "region");
  form = a_form();
  form.capacity = 4;
  EXPECT_EQ(check_mentor_application(form).error().field, "capacity");
  form = a_form();
  form.months = {"april"};
  EXPECT_EQ(check_mentor_application(form).error().field, "months");
}

TEST(MentoringRules, TheProgrammeHasFourRegionsWiderThanTheSchoolsThree) {
  auto form = a_form();
  for (auto region : kMentoringRegions) {
    form.region = std::string(region);
    EXPECT_TRUE(check_mentor_application(form).has_value()) << region;
  }
  EXPECT_EQ(kMentoringRegions.size(), 4u);
  for (auto school_region : {Region::noord, Region::midden, Region::zuid}) {
    EXPECT_TRUE(is_mentoring_region(to_string(school_region))) << "a school's own region is a programme region";
  }
}

TEST(MentoringRules, TheSeasonIsTheDecemberAfterPublishingAndMeetingsArePlannedByItsMonths) {
  const UnixTime november = amsterdam_moment(*parse_date("2026-11-15"), 600);
  const UnixTime february = amsterdam_moment(*parse_date("2027-02-10"), 600);
  EXPECT_EQ(season_of(november), "2026-12-01");
  EXPECT_EQ(season_of(february), "2026-12-01");
  EXPECT_EQ(amsterdam_date(planning_deadline("2026-12-01", 1)), "2026-12-01");
  EXPECT_EQ(amsterdam_date(planning_deadline("2026-12-01", 2)), "2027-01-01");
  EXPECT_EQ(amsterdam_date(planning_deadline("2026-12-01", 3)), "2027-02-01");
}


TEST(MentoringRules, OnlyEventsStillToComeTravelAsAnIcsAttachment) {
  MentoringEvent webinar{"2026-12-01", MentoringEventKind::webinar, "Voorbereidend webinar", 1000, 4600, "",
                         "https://webinar.example.nl/x", 2, 0};
  EXPECT_FALSE(mentoring_events_attachment({webinar}, 4600, "https://app").has_value()) << "over: no attachment";
  auto ics = mentoring_events_attachment({webinar}, 4599, "https://app");
  ASSERT_TRUE(ics.has_value());
  EXPECT_EQ(ics->file_name, "mentoring-programma.ics");
  EXPECT_NE(ics->content.find("UID:mentoring-webinar-2026-12-01@samenbeter"), std::string::npos);
  EXPECT_NE(ics->content.find("SEQUENCE:2"), std::string::npos);
  EXPECT_NE(ics->content.find("LOCATION:https://webinar.example.nl/x"), std::string::npos);
  EXPECT_EQ(current_mentoring_round(*parse_date("2026-11-05") * 86400), "2026-12-01");
}

}  // namespace
}  // namespace sb
