#include "modules/lessons/core/calendar.h"

#include <cstdio>
#include <memory>

#include "kernel/dates.h"
#include "kernel/policy.h"
#include "modules/lessons/core/store.h"
#include "modules/organisation/core/auth.h"
#include "modules/organisation/core/organisation.h"

namespace sb {
namespace {

constexpr UnixTime kDay = 86400;

std::string local_time(UnixTime t) {
  const auto local = t + amsterdam_offset(t);
  const auto minutes = (local % kDay) / 60;
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d:%02d", static_cast<int>(minutes / 60), static_cast<int>(minutes % 60));
  return buffer;
}

std::string local_day(UnixTime t, Locale locale) {
  const auto date = amsterdam_date(t);  // YYYY-MM-DD
  if (locale == Locale::nl) return date.substr(8, 2) + "-" + date.substr(5, 2) + "-" + date.substr(0, 4);
  return date;
}

Mail reminder_mail(const User& to, const LessonVisit& v, std::string_view base_url) {
  const auto link = std::string(base_url) + "/lesbezoeken/" + std::to_string(v.id);
  const bool visitor = to.id == v.visitor_id;
  if (to.locale == Locale::nl) {
    std::string body = "Hallo " + to.name + ",\n\nMorgen is het lesbezoek bij \"" + v.design_title + "\":\n\n";
    body += "  " + v.teacher_name + " geeft les, " + v.visitor_name + " komt kijken.\n";
    body += "  Wanneer: " + local_day(v.starts_at, to.locale) + " om " + local_time(v.starts_at) + " (" +
            std::to_string(v.minutes) + " minuten)\n";
    if (!v.location.empty()) body += "  Waar: " + v.location + "\n";
    body += visitor ? "\nHet observatieformulier met de succescriteria staat klaar: " + link + "\n"
                    : "\nDe succescriteria en het plan van het bezoek: " + link + "\n";
    return {to.email, "Morgen lesbezoek: " + v.design_title, body};
  }
  std::string body = "Hello " + to.name + ",\n\nTomorrow is the lesson visit for \"" + v.design_title + "\":\n\n";
  body += "  " + v.teacher_name + " teaches, " + v.visitor_name + " visits.\n";
  body += "  When: " + local_day(v.starts_at, to.locale) + " at " + local_time(v.starts_at) + " (" +
          std::to_string(v.minutes) + " minutes)\n";
  if (!v.location.empty()) body += "  Where: " + v.location + "\n";
  body += visitor ? "\nThe observation form with the success criteria is ready: " + link + "\n"
                  : "\nThe success criteria and the visit's plan: " + link + "\n";
  return {to.email, "Lesson visit tomorrow: " + v.design_title, body};
}

}  // namespace

bool reminder_due(const LessonVisit& visit, UnixTime now) {
  if (visit.status != LessonVisitStatus::planned || visit.starts_at <= now) return false;
  const auto today = parse_date(amsterdam_date(now));
  const auto day = parse_date(amsterdam_date(visit.starts_at));
  return today && day && *day == *today + 1;
}

CalendarEvent visit_event(const LessonVisit& v, Locale locale, std::string_view base_url) {
  CalendarEvent e;
  e.uid = "lesson-visit-" + std::to_string(v.id) + "@samenbeter";
  e.starts_at = v.starts_at;
  e.ends_at = v.starts_at + UnixTime{v.minutes} * 60;
  const auto link = std::string(base_url) + "/lesbezoeken/" + std::to_string(v.id);
  if (locale == Locale::nl) {
    e.summary = "Lesbezoek: " + v.design_title;
    e.description = v.teacher_name + " geeft les, " + v.visitor_name + " komt kijken.\n" + link;
  } else {
    e.summary = "Lesson visit: " + v.design_title;
    e.description = v.teacher_name + " teaches, " + v.visitor_name + " visits.\n" + link;
  }
  e.location = v.location;
  e.sequence = static_cast<int>(v.version);
  return e;
}

Result<std::vector<CalendarEvent>> lesson_visit_events(Services& s, Id user_id, UnixTime now) {
  return read_value<std::vector<CalendarEvent>>(s.store, [&](ReadTx& tx) -> Result<std::vector<CalendarEvent>> {
    SB_TRY(person, load_principal(tx, user_id));
    std::vector<CalendarEvent> out;
    for (const auto& visit : lessons(tx).list_visits_of_person(user_id)) {
      if (visit.starts_at < now - 30 * kDay) continue;
      SB_TRY(scope, scope_of_team(tx, visit.team_id));
      if (!is_allowed(person, Action::edit_lessons, scope)) continue;  // only where they still teach
      out.push_back(visit_event(visit, person.user.locale, s.public_base_url));
    }
    return out;
  });
}

CalendarSource lesson_visit_source() { return {"lesson visits", lesson_visit_events}; }

Result<int> send_visit_reminders(Services& s) {
  const auto now = s.clock.now();
  return write_value<int>(s.store, [&](WriteTx& tx) -> Result<int> {
    int mails = 0;
    for (const auto& visit : lessons(tx).list_visits_starting(now, now + 2 * kDay)) {
      if (!reminder_due(visit, now) || lessons(tx).reminder_sent(visit.id)) continue;
      SB_CHECK(lessons(tx).mark_reminder_sent(visit.id, now));
      for (auto user_id : {visit.teacher_id, visit.visitor_id}) {
        auto user = organisation(tx).find_user(user_id);
        if (!user) continue;
        auto mail = reminder_mail(*user, visit, s.public_base_url);
        // The visit as an .ics file too, so one tap puts it in any calendar program.
        mail.attachments.push_back({"lesbezoek.ics", "text/calendar; method=PUBLISH",
                                    ical::write_calendar("SamenBeter", {visit_event(visit, user->locale, s.public_base_url)}, now)});
        // Queued after the commit: a reminder that was rolled back is never mailed, and one recorded is never sent twice.
        tx.after_commit([&mailer = s.mailer, mail = std::move(mail)]() mutable {
          mailer.send(std::move(mail));
        });
        ++mails;
      }
    }
    return mails;
  });
}

PeriodicJob visit_reminder_job() {
  return {"lesson visit reminders", 300, [](Services& s) -> Result<std::string> {
            SB_TRY(mails, send_visit_reminders(s));
            if (mails == 0) return std::string();
            return "lesson visit reminders: " + std::to_string(mails) + " mail(s)";
          }};
}

}  // namespace sb
