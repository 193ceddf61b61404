#include "modules/mentoring/core/meetings.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "kernel/dates.h"
#include "kernel/validation.h"
#include "modules/board/core/item_sources.h"
#include "modules/mentoring/core/events.h"
#include "modules/mentoring/core/store.h"
#include "modules/organisation/core/organisation.h"
#include "modules/organisation/core/store.h"

namespace sb {
namespace {

Error no_pair() { return Error::not_found("Not found."); }

PersonalScope scope_of_pair(const MentoringPair& p) {
  PersonalScope scope;
  scope.team.school_id = p.mentee_school_id;
  if (p.mentor_user_id) scope.people.push_back(*p.mentor_user_id);
  if (p.mentee_user_id) scope.people.push_back(*p.mentee_user_id);
  return scope;
}

template <class Tx>
Result<MentoringPair> pair_for(Tx& tx, const Principal& who, Id pair_id, Action action) {
  auto pair = mentoring_store(tx).find_pair(pair_id);
  if (!pair) return std::unexpected(no_pair());
  SB_CHECK(authorize_personal(who, action, scope_of_pair(*pair)));
  return *pair;
}

// Always three meetings, the stored ones filled in.
std::vector<MentoringMeeting> three_meetings(Id pair_id, const std::vector<MentoringMeeting>& stored) {
  std::vector<MentoringMeeting> out;
  for (int n = 1; n <= kMentoringMeetings; ++n) {
    auto it = std::find_if(stored.begin(), stored.end(), [&](const MentoringMeeting& m) { return m.number == n; });
    if (it != stored.end()) {
      out.push_back(*it);
    } else {
      MentoringMeeting empty;
      empty.pair_id = pair_id;
      empty.number = n;
      out.push_back(empty);
    }
  }
  return out;
}

Result<int> check_number(int number) {
  if (number < 1 || number > kMentoringMeetings) {
    return std::unexpected(Error::invalid("number", "A pair has meetings 1 to 3.").because("out_of_range", 1, kMentoringMeetings));
  }
  return number;
}

template <class Tx>
std::string season_of_pair(Tx& tx, const MentoringPair& pair) {
  auto run = mentoring_store(tx).find_run(pair.run_id);
  return season_of(run && run->published_at ? *run->published_at : 0);
}

int season_year(std::string_view season) { return std::stoi(std::string(season.substr(0, 4))); }

// Index 0..3 of a date's programme month (Dec, Jan, Feb, Mar), or -1.
int month_index(const std::string& date) {
  const int month = std::stoi(date.substr(5, 2));
  if (month == 12) return 0;
  if (month >= 1 && month <= 3) return month;
  return -1;
}

UnixTime start_of(const std::string& date) { return amsterdam_moment(*parse_date(date), 0); }

Result<UnixTime> read_time(std::string_view date_text, std::string_view time_text, std::string_view season) {
  SB_TRY(date, check_date("date", date_text));
  const int year = season_year(season);
  const auto first = std::to_string(year) + "-12-01";
  const auto last = std::to_string(year + 1) + "-03-31";
  if (date < first || date > last) {
    return std::unexpected(Error::invalid("date", "Meetings are between December and March.").because("outside_programme_months"));
  }
  SB_TRY(minutes, read_time_of_day("time", time_text));
  return amsterdam_moment(*parse_date(date), minutes);
}

Mail reminder(const MentoringPair& p, const std::string& to, const std::string& name, int number, const std::string& link) {
  return {to, "leerKRACHT mentoring: plan jullie gesprek " + std::to_string(number),
          "Beste " + name + ",\n\nGesprek " + std::to_string(number) + " van " + p.mentor_name + " en " + p.mentee_name +
              " staat nog niet gepland. Kies samen een datum en plek (op het bedrijf, op school of online):\n" + link +
              "\n\nMeeting " + std::to_string(number) + " of your mentoring pair is not planned yet; the link above opens your pair's page.\n"};
}

}  // namespace

Result<int> read_time_of_day(std::string_view field, std::string_view text) {
  const auto digit = [&](std::size_t k) { return std::isdigit(static_cast<unsigned char>(text[k])) != 0; };
  if (text.size() != 5 || text[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4)) {
    return std::unexpected(Error::invalid(std::string(field), "A time is HH:MM.").because("not_a_time"));
  }
  const int hours = std::stoi(std::string(text.substr(0, 2)));
  const int minutes = std::stoi(std::string(text.substr(3, 2)));
  if (hours > 23 || minutes > 59) return std::unexpected(Error::invalid(std::string(field), "A time is HH:MM.").because("not_a_time"));
  return hours * 60 + minutes;
}

std::string season_of(UnixTime published_at) {
  const auto date = amsterdam_date(published_at);
  const int year = std::stoi(date.substr(0, 4));
  const int month = std::stoi(date.substr(5, 2));
  return std::to_string(month >= 6 ? year : year - 1) + "-12-01";
}

UnixTime planning_deadline(std::string_view season, int number) {
  const int year = season_year(season);
  if (number <= 1) return start_of(std::to_string(year) + "-12-01");
  if (number == 2) return start_of(std::to_string(year + 1) + "-01-01");
  return start_of(std::to_string(year + 1) + "-02-01");
}

Result<std::vector<MentoringPair>> my_mentoring_pairs(Services& s, const Principal& who) {
  return read_value<std::vector<MentoringPair>>(s.store, [&](ReadTx& tx) -> Result<std::vector<MentoringPair>> {
    return mentoring_store(tx).pairs_of_user(who.user.id);
  });
}

Result<MentoringPairView> view_mentoring_pair(Services& s, const Principal& who, Id pair_id) {
  return read_value<MentoringPairView>(s.store, [&](ReadTx& tx) -> Result<MentoringPairView> {
    SB_TRY(pair, pair_for(tx, who, pair_id, Action::view_mentoring_pair));
    MentoringPairView view;
    view.meetings = three_meetings(pair_id, mentoring_store(tx).meetings(pair_id));
    view.guides = mentoring_store(tx).guides();
    view.mine_as_mentor = pair.mentor_user_id == who.user.id;
    view.mine_as_mentee = pair.mentee_user_id == who.user.id;
    view.season = season_of_pair(tx, pair);
    view.events = mentoring_store(tx).events(view.season);
    view.pair = std::move(pair);
    return view;
  });
}

Result<MentoringMeeting> plan_mentoring_meeting(Services& s, const Principal& who, Id pair_id, int number,
                                                const MeetingPlan& plan) {
  SB_CHECK(check_number(number));
  const auto place = parse_meeting_place(plan.place);
  if (!place || *place == MeetingPlace::none) {
    return std::unexpected(Error::invalid("place", "A place is company, school or online.").because("unknown_value"));
  }
  return write_value<MentoringMeeting>(s.store, [&](WriteTx& tx) -> Result<MentoringMeeting> {
    SB_TRY(pair, pair_for(tx, who, pair_id, Action::edit_mentoring_pair));
    SB_TRY(starts_at, read_time(plan.date, plan.time, season_of_pair(tx, pair)));
    auto meeting = three_meetings(pair_id, mentoring_store(tx).meetings(pair_id))[static_cast<std::size_t>(number - 1)];
    meeting.starts_at = starts_at;
    meeting.place = *place;
    SB_CHECK(mentoring_store(tx).save_meeting(meeting));
    return meeting;
  });
}

Result<MentoringMeeting> log_mentoring_meeting(Services& s, const Principal& who, Id pair_id, int number,
                                               const MeetingLog& input) {
  SB_CHECK(check_number(number));
  const auto held = parse_meeting_held(input.held);
  if (!held || *held == MeetingHeld::unknown) {
    return std::unexpected(Error::invalid("held", "Say whether the meeting took place: yes or no.").because("unknown_value"));
  }
  SB_TRY(line, clean_text("log", input.log, 200, Required::no));
  if (line.find('\n') != std::string::npos) {
    return std::unexpected(Error::invalid("log", "One line.").because("one_line"));
  }
  SB_TRY(experiment, clean_text("experiment", input.experiment, 500, Required::no));
  const UnixTime now = s.clock.now();
  return write_value<MentoringMeeting>(s.store, [&](WriteTx& tx) -> Result<MentoringMeeting> {
    SB_TRY(pair, pair_for(tx, who, pair_id, Action::edit_mentoring_pair));
    auto meeting = three_meetings(pair_id, mentoring_store(tx).meetings(pair_id))[static_cast<std::size_t>(number - 1)];
    if (!meeting.starts_at || *meeting.starts_at > now) {
      return std::unexpected(Error{ErrorCode::failed_precondition, "Log a meeting once its planned time has come.", "number"}
                                 .because("not_yet_held"));
    }
    meeting.held = *held;
    meeting.log = line;
    if (meeting.board_item_id && experiment != meeting.experiment) {
      return std::unexpected(Error{ErrorCode::failed_precondition, "This experiment is on the board already.", "experiment"}
                                 .because("on_the_board"));
    }
    meeting.experiment = experiment;
    SB_CHECK(mentoring_store(tx).save_meeting(meeting));
    return meeting;
  });
}

Result<MentoringMeeting> experiment_to_board(Services& s, const Principal& who, Id pair_id, int number, Id team_id) {
  SB_CHECK(check_number(number));
  return write_value<MentoringMeeting>(s.store, [&](WriteTx& tx) -> Result<MentoringMeeting> {
    SB_TRY(pair, pair_for(tx, who, pair_id, Action::edit_mentoring_pair));
    if (pair.mentee_user_id != who.user.id) {
      return std::unexpected(Error::denied("Only the mentee puts an experiment on their school's board."));
    }
    auto meeting = three_meetings(pair_id, mentoring_store(tx).meetings(pair_id))[static_cast<std::size_t>(number - 1)];
    if (meeting.experiment.empty()) {
      return std::unexpected(Error::invalid("experiment", "Write down what you agreed to try first.").because("empty"));
    }
    if (meeting.board_item_id) {
      return std::unexpected(Error{ErrorCode::already_exists, "This experiment is on the board already.", "number"});
    }
    auto team = organisation(tx).find_team(team_id);
    if (!team || team->school_id != pair.mentee_school_id) return std::unexpected(Error::not_found("Not found."));
    ItemFromSource item;
    item.kind = ItemKind::action;
    item.text = meeting.experiment;
    item.notes = "Afgesproken in mentoringgesprek " + std::to_string(number) + " met " + pair.mentor_name + ".";
    item.owner_ids = {who.user.id};
    item.source = {"mentoring_meeting", pair_id};
    SB_TRY(added, add_item_from_source(s, tx, who, team_id, item));
    meeting.board_item_id = added.id;
    SB_CHECK(mentoring_store(tx).save_meeting(meeting));
    return meeting;
  });
}

Result<std::vector<std::string>> mentoring_guides(Services& s, const Principal& who) {
  SB_CHECK(authorize(who, Action::manage_mentoring, Scope::platform()));
  return read_value<std::vector<std::string>>(s.store, [&](ReadTx& tx) -> Result<std::vector<std::string>> {
    return mentoring_store(tx).guides();
  });
}

Result<void> set_mentoring_guide(Services& s, const Principal& who, int number, std::string_view text) {
  SB_CHECK(authorize(who, Action::manage_mentoring, Scope::platform()));
  SB_CHECK(check_number(number));
  SB_TRY(clean, clean_text("text", text, 4000, Required::yes));
  return s.store.write([&](WriteTx& tx) { return mentoring_store(tx).set_guide(number, clean); });
}

Result<std::vector<MentoringTrackRow>> mentoring_on_track(Services& s, const Principal& who) {
  SB_CHECK(authorize(who, Action::manage_mentoring, Scope::platform()));
  const UnixTime now = s.clock.now();
  return read_value<std::vector<MentoringTrackRow>>(s.store, [&](ReadTx& tx) -> Result<std::vector<MentoringTrackRow>> {
    std::vector<MentoringTrackRow> rows;
    const auto all = mentoring_store(tx).all_meetings();
    std::map<Id, std::string> seasons;  // per run
    for (auto& pair : mentoring_store(tx).published_pairs()) {
      if (!seasons.contains(pair.run_id)) seasons[pair.run_id] = season_of_pair(tx, pair);
      const auto& season = seasons[pair.run_id];
      MentoringTrackRow row;
      std::vector<MentoringMeeting> stored;
      for (const auto& m : all) {
        if (m.pair_id == pair.id) stored.push_back(m);
      }
      for (const auto& m : three_meetings(pair.id, stored)) {
        if (m.starts_at) {
          const int k = month_index(amsterdam_date(*m.starts_at));
          if (k >= 0) {
            ++row.planned[static_cast<std::size_t>(k)];
            if (m.held == MeetingHeld::yes) ++row.held[static_cast<std::size_t>(k)];
          }
        } else if (now >= planning_deadline(season, m.number)) {
          row.behind = true;
        }
        if (m.held == MeetingHeld::yes) ++row.held_total;
      }
      const int year = season_year(season);
      if (now >= start_of(std::to_string(year + 1) + "-01-01")) row.expected_held = 1;
      if (now >= start_of(std::to_string(year + 1) + "-03-01")) row.expected_held = 2;
      if (now >= start_of(std::to_string(year + 1) + "-04-01")) row.expected_held = 3;
      row.behind = row.behind || row.held_total < row.expected_held;
      row.pair = std::move(pair);
      rows.push_back(std::move(row));
    }
    return rows;
  });
}

PeriodicJob mentoring_reminder_job() {
  return {"mentoring reminders", 3600, [](Services& s) -> Result<std::string> {
            const UnixTime now = s.clock.now();
            std::vector<Mail> mails;
            SB_CHECK(s.store.write([&](WriteTx& tx) -> Result<void> {
              const auto all = mentoring_store(tx).all_meetings();
              for (const auto& pair : mentoring_store(tx).published_pairs()) {
                const auto season = season_of_pair(tx, pair);
                std::vector<MentoringMeeting> stored;
                for (const auto& m : all) {
                  if (m.pair_id == pair.id) stored.push_back(m);
                }
                for (auto meeting : three_meetings(pair.id, stored)) {
                  if (meeting.starts_at || meeting.reminded_at || now < planning_deadline(season, meeting.number)) continue;
                  meeting.reminded_at = now;
                  SB_CHECK(mentoring_store(tx).save_meeting(meeting));
                  const auto link = s.public_base_url + "/mentoring/koppels/" + std::to_string(pair.id);
                  if (!pair.mentor_email.empty()) {
                    mails.push_back(reminder(pair, pair.mentor_email, pair.mentor_name, meeting.number, link));
                  }
                  if (pair.mentee_user_id) {
                    if (auto user = organisation(tx).find_user(*pair.mentee_user_id)) {
                      mails.push_back(reminder(pair, user->email, user->name, meeting.number, link));
                    }
                  }
                }
              }
              return ok();
            }));
            const auto sent = mails.size();
            for (auto& mail : mails) s.mailer.send(std::move(mail));
            if (sent == 0) return std::string();
            return "sent " + std::to_string(sent) + " mentoring reminder(s)";
          }};
}

CalendarSource mentoring_calendar_source() {
  return {"mentoring", [](Services& s, Id user_id, UnixTime now) -> Result<std::vector<CalendarEvent>> {
            return read_value<std::vector<CalendarEvent>>(s.store, [&](ReadTx& tx) -> Result<std::vector<CalendarEvent>> {
              std::vector<CalendarEvent> events;
              for (const auto& e : mentoring_events_of_user(tx, user_id, now)) events.push_back(calendar_event_of(e, s.public_base_url));
              for (const auto& pair : mentoring_store(tx).pairs_of_user(user_id)) {
                for (const auto& m : mentoring_store(tx).meetings(pair.id)) {
                  if (!m.starts_at) continue;
                  CalendarEvent e;
                  e.uid = "mentoring-" + std::to_string(pair.id) + "-" + std::to_string(m.number) + "@samenbeter";
                  e.starts_at = *m.starts_at;
                  e.ends_at = *m.starts_at + kMentoringMeetingMinutes * 60;
                  e.summary = "Mentoringgesprek " + std::to_string(m.number) + ": " + pair.mentor_name + " en " + pair.mentee_name;
                  e.location = m.place == MeetingPlace::online    ? "Online"
                               : m.place == MeetingPlace::company ? pair.mentor_organisation
                                                                  : pair.mentee_school;
                  e.description = s.public_base_url + "/mentoring/koppels/" + std::to_string(pair.id);
                  events.push_back(std::move(e));
                }
              }
              return events;
            });
          }};
}

}  // namespace sb
