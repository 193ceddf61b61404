#include "modules/lessons/core/calendar.h"

#include <gtest/gtest.h>

#include "kernel/testing/moments.h"

namespace sb {
namespace {

using testing::utc;

LessonVisit visit_at(UnixTime starts_at) {
  LessonVisit v;
  v.id = 42;
  v.design_title = "Breuken vergelijken";
  v.teacher_name = "Sanne de Vries";
  v.visitor_name = "Thijs Mulder";
  v.starts_at = starts_at;
  v.minutes = 45;
  v.location = "Lokaal 12";
  v.version = 3;
  return v;
}

TEST(LessonCalendar, TheReminderIsDueOnTheDayBeforeInAmsterdam) {
  // Thursday 3 December 2026, 09:30 in Amsterdam (CET, UTC+1) is 08:30 UTC.
  const auto visit = visit_at(utc(2026, 12, 3, 8, 30));
  EXPECT_TRUE(reminder_due(visit, utc(2026, 12, 2, 6, 0)));
  EXPECT_TRUE(reminder_due(visit, utc(2026, 12, 2, 22, 59)));   // 23:59 in Amsterdam: still the day before
  EXPECT_FALSE(reminder_due(visit, utc(2026, 12, 2, 23, 0)));   // midnight in Amsterdam: the day itself
  EXPECT_FALSE(reminder_due(visit, utc(2026, 12, 1, 12, 0)));   // two days before
  auto held = visit;
  held.status = LessonVisitStatus::held;
  EXPECT_FALSE(reminder_due(held, utc(2026, 12, 2, 6, 0)));
}

TEST(LessonCalendar, AVisitsEventHasAStableUidItsTimesAndWhoComes) {
  const auto event = visit_event(visit_at(utc(2026, 12, 3, 8, 30)), Locale::nl, "https://samenbeter.example");
  EXPECT_EQ(event.uid, "lesson-visit-42@samenbeter");
  EXPECT_EQ(event.ends_at - event.starts_at, 45 * 60);
  EXPECT_EQ(event.summary, "Lesbezoek: Breuken vergelijken");
  EXPECT_NE(event.description.find("Thijs Mulder komt kijken"), std::string::npos);
  EXPECT_NE(event.description.find("https://samenbeter.example/lesbezoeken/42"), std::string::npos);
  EXPECT_EQ(event.location, "Lokaal 12");
  EXPECT_EQ(visit_event(visit_at(0), Locale::en, "").summary, "Lesson visit: Breuken vergelijken");
}

}  // namespace
}  // namespace sb
