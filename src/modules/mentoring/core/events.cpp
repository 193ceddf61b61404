#include "modules/mentoring/core/events.h"

#include <algorithm>
#include <set>

#include "kernel/dates.h"
#include "kernel/validation.h"
#include "modules/mentoring/core/meetings.h"
#include "modules/mentoring/core/store.h"

namespace sb {
namespace {

Result<std::string> check_round(std::string_view text, UnixTime now) {
  if (text.empty()) return current_mentoring_round(now);
  auto date = check_date("round", text);
  if (!date || !date->ends_with("-12-01")) {
    return std::unexpected(Error::invalid("round", "A round is named by its first meeting month: YYYY-12-01.").because("not_a_round"));
  }
  return *date;
}

Result<MentoringEventKind> check_kind(std::string_view text) {
  auto kind = parse_event_kind(text);
  if (!kind) return std::unexpected(Error::invalid("kind", "An event is webinar or pairing_meeting.").because("unknown_value"));
  return *kind;
}

// The moment a round's event starts or ends: its date must fall between August of the round's year and March after it.
Result<MentoringEvent> read_event(const MentoringEventInput& in, const std::string& round) {
  MentoringEvent e;
  e.round = round;
  SB_TRY(kind, check_kind(in.kind));
  SB_TRY(title, clean_name("title", in.title, 120));
  SB_TRY(date, check_date("date", in.date));
  const int year = std::stoi(round.substr(0, 4));
  if (date < std::to_string(year) + "-08-01" || date > std::to_string(year + 1) + "-03-31") {
    return std::unexpected(
        Error::invalid("date", "An event of this round falls between August and March.").because("outside_round"));
  }
  SB_TRY(start, read_time_of_day("start", in.start));
  SB_TRY(end, read_time_of_day("end", in.end));
  if (end <= start) return std::unexpected(Error::invalid("end", "The end comes after the start.").because("before_start"));
  SB_TRY(place, clean_text("place", in.place, 200, Required::no));
  if (place.find('\n') != std::string::npos) return std::unexpected(Error::invalid("place", "One line.").because("one_line"));
  std::string link;
  if (!trim(in.link).empty()) {
    SB_TRY(clean, clean_web_link("link", trim(in.link)));
    link = std::move(clean);
  }
  if (place.empty() && link.empty()) {
    return std::unexpected(Error::invalid("place", "Give a place, an online link or both.").because("required"));
  }
  e.kind = kind;
  e.title = std::move(title);
  e.starts_at = amsterdam_moment(*parse_date(date), start);
  e.ends_at = amsterdam_moment(*parse_date(date), end);
  e.place = std::move(place);
  e.link = std::move(link);
  return e;
}

Result<void> staff_only(const Principal& who) { return authorize(who, Action::manage_mentoring, Scope::platform()); }

}  // namespace

std::string current_mentoring_round(UnixTime now) { return season_of(now); }

Result<MentoringRoundEvents> mentoring_round_events(Services& s, const Principal& who, std::string_view round_text) {
  SB_CHECK(staff_only(who));
  SB_TRY(round, check_round(round_text, s.clock.now()));
  return read_value<MentoringRoundEvents>(s.store, [&](ReadTx& tx) -> Result<MentoringRoundEvents> {
    return MentoringRoundEvents{round, mentoring_store(tx).events(round)};
  });
}

Result<MentoringEvent> save_mentoring_event(Services& s, const Principal& who, const MentoringEventInput& input) {
  SB_CHECK(staff_only(who));
  const UnixTime now = s.clock.now();
  SB_TRY(round, check_round(input.round, now));
  SB_TRY(event, read_event(input, round));
  return write_value<MentoringEvent>(s.store, [&](WriteTx& tx) -> Result<MentoringEvent> {
    for (const auto& old : mentoring_store(tx).events(round)) {
      if (old.kind == event.kind) event.sequence = old.sequence + 1;
    }
    event.updated_at = now;
    SB_CHECK(mentoring_store(tx).save_event(event));
    return event;
  });
}

Result<void> remove_mentoring_event(Services& s, const Principal& who, std::string_view round_text, std::string_view kind_text) {
  SB_CHECK(staff_only(who));
  SB_TRY(round, check_round(round_text, s.clock.now()));
  SB_TRY(kind, check_kind(kind_text));
  return s.store.write([&](WriteTx& tx) -> Result<void> {
    const auto events = mentoring_store(tx).events(round);
    if (std::none_of(events.begin(), events.end(), [&](const MentoringEvent& e) { return e.kind == kind; })) {
      return std::unexpected(Error::not_found("This round has no such event."));
    }
    return mentoring_store(tx).delete_event(round, kind);
  });
}

std::vector<MentoringEvent> mentoring_events_of_user(ReadTx& tx, Id user_id, UnixTime now) {
  auto& store = mentoring_store(tx);
  std::set<std::string> rounds;
  for (const auto& pair : store.pairs_of_user(user_id)) {
    auto run = store.find_run(pair.run_id);
    rounds.insert(season_of(run && run->published_at ? *run->published_at : 0));
  }
  const auto mentor = store.find_mentor_by_user(user_id);
  if (store.open_mentee_of_user(user_id) || (mentor && !mentor->withdrawn_at)) rounds.insert(current_mentoring_round(now));
  std::vector<MentoringEvent> out;
  for (const auto& round : rounds) {
    auto events = store.events(round);
    out.insert(out.end(), events.begin(), events.end());
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.starts_at < b.starts_at; });
  return out;
}

Result<std::vector<MentoringEvent>> my_mentoring_events(Services& s, const Principal& who) {
  const UnixTime now = s.clock.now();
  return read_value<std::vector<MentoringEvent>>(s.store, [&](ReadTx& tx) -> Result<std::vector<MentoringEvent>> {
    return mentoring_events_of_user(tx, who.user.id, now);
  });
}

Result<std::vector<MentoringEvent>> events_for_applicants(Services& s) {
  const auto round = current_mentoring_round(s.clock.now());
  return read_value<std::vector<MentoringEvent>>(s.store, [&](ReadTx& tx) -> Result<std::vector<MentoringEvent>> {
    return mentoring_store(tx).events(round);
  });
}

CalendarEvent calendar_event_of(const MentoringEvent& event, std::string_view base_url) {
  CalendarEvent e;
  e.uid = "mentoring-" + std::string(to_string(event.kind)) + "-" + event.round + "@samenbeter";
  e.starts_at = event.starts_at;
  e.ends_at = event.ends_at;
  e.summary = "leerKRACHT mentoring: " + event.title;
  e.location = event.place.empty() ? event.link : event.place;
  e.description = event.link.empty() ? std::string(base_url) + "/mentoring" : "Online: " + event.link;
  e.sequence = event.sequence;
  return e;
}

std::optional<MailAttachment> mentoring_events_attachment(const std::vector<MentoringEvent>& events, UnixTime now,
                                                          std::string_view base_url) {
  std::vector<CalendarEvent> upcoming;
  for (const auto& e : events) {
    if (e.ends_at > now) upcoming.push_back(calendar_event_of(e, base_url));
  }
  if (upcoming.empty()) return std::nullopt;
  return MailAttachment{"mentoring-programma.ics", "text/calendar; method=PUBLISH; charset=UTF-8",
                        ical::write_calendar("leerKRACHT mentoring", upcoming, now)};
}

}  // namespace sb
