#include "modules/trajectory/api/trajectory_json.h"

#include <algorithm>
#include <cmath>

#include "modules/trajectory/core/rules.h"

namespace sb::api {

namespace {

Result<int> small_integer(BodyReader& body, std::string_view name, int min, int max) {
  SB_TRY(value, body.integer(name));
  if (value < min || value > max) {
    return std::unexpected(Error::invalid(std::string(name), "Out of range.").because("out_of_range", min, max));
  }
  return static_cast<int>(value);
}

// The use case names the real bounds; this only keeps the number an int.
Result<int> bounded(BodyReader& body, std::string_view name) {
  SB_TRY(value, body.integer(name));
  return static_cast<int>(std::clamp<std::int64_t>(value, -1, 1000));
}

Result<StepInput> read_step(BodyReader& body, Phase phase) {
  StepInput step;
  step.phase = phase;
  SB_TRY(on, body.string("happened_on"));
  step.happened_on = on;
  SB_TRY(who, body.optional_string("who"));
  step.who = who.value_or("");
  SB_TRY(notes, body.optional_string("notes"));
  step.notes = notes.value_or("");
  return step;
}

template <typename T>
Result<T> parse_named(BodyReader& body, std::string_view name, std::optional<T> (*parse)(std::string_view)) {
  SB_TRY(text, body.string(name));
  auto value = parse(text);
  if (!value) return std::unexpected(Error::invalid(std::string(name), "Unknown value.").because("unknown_value"));
  return *value;
}

}  // namespace

Result<Registration> read_registration(BodyReader& body) {
  SB_TRY(pupils, small_integer(body, "pupils", 1, 10000));
  SB_TRY(step, read_step(body, Phase::registration));
  SB_CHECK(body.finish());
  return Registration{pupils, std::move(step)};
}

Result<int> read_pupils(BodyReader& body) {
  SB_TRY(pupils, small_integer(body, "pupils", 1, 10000));
  SB_CHECK(body.finish());
  return pupils;
}

Result<StepInput> read_step_record(BodyReader& body) {
  SB_TRY(phase, parse_named<Phase>(body, "phase", parse_phase));
  SB_TRY(step, read_step(body, phase));
  SB_CHECK(body.finish());
  return step;
}

Result<ConditionMark> read_condition_check(BodyReader& body) {
  SB_TRY(condition, parse_named<Condition>(body, "condition", parse_condition));
  SB_TRY(status, parse_named<ConditionStatus>(body, "status", parse_condition_status));
  SB_TRY(note, body.optional_string("note"));
  SB_CHECK(body.finish());
  return ConditionMark{condition, status, note.value_or("")};
}

Result<std::vector<FteBand>> read_fte_rule(BodyReader& body) {
  SB_TRY(rows, body.object_list("bands", 20));
  SB_CHECK(body.finish());
  std::vector<FteBand> rule;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    SB_TRY(from, rows[i].integer("from_pupils"));
    SB_TRY(fte, rows[i].optional_number("fte"));
    if (!fte) return std::unexpected(Error::required("bands." + std::to_string(i) + ".fte"));
    SB_CHECK(rows[i].finish());
    // Out-of-range numbers become values the rule refuses by name, never an overflowing cast.
    const int pupils = static_cast<int>(std::clamp<std::int64_t>(from, -1, kMaxPupils + 1));
    const double hundredths = std::isfinite(*fte) ? std::clamp(*fte * 100.0, -1.0, 1000.0) : -1.0;
    rule.push_back({pupils, static_cast<int>(std::lround(hundredths))});
  }
  return rule;
}

Result<TariffTable> read_tariffs(BodyReader& body) {
  SB_TRY(year, body.string("school_year"));
  SB_TRY(rows, body.object_list("tariffs", 4));
  SB_CHECK(body.finish());
  std::vector<Tariff> tariffs;
  for (auto& row : rows) {
    Tariff t;
    SB_TRY(sector, row.string("sector"));
    t.sector = sector;
    SB_TRY(per_team, row.optional_bool("per_team"));
    t.per_team = per_team.value_or(false);
    SB_TRY(first, row.integer("first_year_cents"));
    t.first_year_cents = first;
    SB_TRY(second, row.integer("second_year_cents"));
    t.second_year_cents = second;
    SB_TRY(maximum, row.optional_bool("second_year_is_maximum"));
    t.second_year_is_maximum = maximum.value_or(false);
    SB_CHECK(row.finish());
    tariffs.push_back(std::move(t));
  }
  return TariffTable{std::move(year), std::move(tariffs)};
}

Result<QuoteRequest> read_quote_request(BodyReader& body) {
  SB_TRY(year, body.string("school_year"));
  SB_TRY(teams, bounded(body, "teams"));
  SB_TRY(years, bounded(body, "years"));
  SB_CHECK(body.finish());
  return QuoteRequest{std::move(year), teams, years};
}

Result<VisitInput> read_visit_plan(BodyReader& body) {
  SB_TRY(date, body.string("date"));
  SB_TRY(start, body.string("start_time"));
  SB_TRY(minutes, body.integer("minutes"));
  SB_CHECK(body.finish());
  return VisitInput{date, parse_clock_minutes(start), static_cast<int>(std::clamp<std::int64_t>(minutes, -1, 100000))};
}

Result<VisitReport> read_visit_report(BodyReader& body) {
  SB_TRY(seen, body.string("seen"));
  SB_TRY(advice, body.string("advice"));
  SB_CHECK(body.finish());
  return VisitReport{std::move(seen), std::move(advice)};
}

Result<MeetingInput> read_meeting(BodyReader& body) {
  MeetingInput in;
  SB_TRY(kind, body.string("kind"));
  SB_TRY(school_id, body.id("school_id"));
  SB_TRY(date, body.string("date"));
  SB_TRY(start, body.string("start_time"));
  SB_TRY(end, body.string("end_time"));
  SB_TRY(address, body.string("address"));
  SB_TRY(capacity, body.integer("capacity"));
  SB_TRY(notes, body.optional_string("notes"));
  SB_CHECK(body.finish());
  in.kind = kind;
  in.school_id = school_id;
  in.date = date;
  in.start_minutes = parse_clock_minutes(start);
  in.end_minutes = parse_clock_minutes(end);
  in.address = address;
  in.capacity = capacity;
  in.notes = notes.value_or("");
  return in;
}

Result<MeetingSignupInput> read_meeting_signup(BodyReader& body) {
  MeetingSignupInput in;
  SB_TRY(school, body.string("school"));
  SB_TRY(people, body.object_list("people", kMaxMeetingSignupPeople));
  SB_CHECK(body.finish());
  in.school = school;
  for (auto& person : people) {
    SB_TRY(name, person.string("name"));
    SB_TRY(email, person.string("email"));
    SB_CHECK(person.finish());
    in.people.push_back({name, email});
  }
  return in;
}

Result<std::vector<AttendanceMark>> read_attendance_marks(BodyReader& body) {
  SB_TRY(list, body.object_list("marks", 1000));
  SB_CHECK(body.finish());
  std::vector<AttendanceMark> marks;
  for (auto& item : list) {
    SB_TRY(id, item.id("attendee_id"));
    SB_TRY(attended, item.optional_bool("attended"));
    SB_CHECK(item.finish());
    marks.push_back({id, attended});
  }
  return marks;
}

Result<std::string> read_foundation_message(BodyReader& body) {
  SB_TRY(message, body.optional_string("message"));
  SB_CHECK(body.finish());
  return message.value_or("");
}

}  // namespace sb::api
