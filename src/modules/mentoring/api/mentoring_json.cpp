#include "modules/mentoring/api/mentoring_json.h"

#include <algorithm>

namespace sb::api {

namespace {

int meeting_number(std::int64_t number) { return static_cast<int>(std::clamp<std::int64_t>(number, -1, 99)); }

// The application's fields, without finishing the body (a change reads a token too).
Result<MentorApplicationInput> read_mentor_fields(BodyReader& body) {
  MentorApplicationInput in;
  SB_TRY(name, body.string("name"));
  SB_TRY(email, body.string("email"));
  SB_TRY(phone, body.optional_string("phone"));
  SB_TRY(organisation, body.string("organisation"));
  SB_TRY(role, body.string("role"));
  SB_TRY(track, body.optional_string("track"));
  SB_TRY(years, body.integer("years_in_role"));
  SB_TRY(team, body.optional_integer("team_size"));
  SB_TRY(ci, body.optional_integer("years_ci"));
  SB_TRY(capacity, body.optional_integer("capacity"));
  SB_TRY(region, body.string("region"));
  SB_TRY(municipality, body.optional_string("municipality"));
  SB_TRY(sectors, body.string_list("sectors", 4));
  SB_TRY(mode, body.optional_string("mode"));
  SB_TRY(months, body.string_list("months", 4));
  SB_TRY(topics, body.optional_string("topics"));
  in.name = std::move(name);
  in.email = std::move(email);
  in.phone = phone.value_or("");
  in.organisation = std::move(organisation);
  in.role = std::move(role);
  in.track = track.value_or("");
  in.years_in_role = years;
  in.team_size = team.value_or(0);
  in.years_ci = ci.value_or(0);
  in.capacity = capacity.value_or(1);
  in.region = std::move(region);
  in.municipality = municipality.value_or("");
  in.sectors = std::move(sectors);
  in.mode = mode.value_or("");
  in.months = std::move(months);
  in.topics = topics.value_or("");
  return in;
}

}  // namespace

Result<PoolSide> parse_pool_side(std::string_view text) {
  if (text == "mentors") return PoolSide::mentors;
  if (text == "mentees") return PoolSide::mentees;
  return std::unexpected(Error::invalid("side", "mentors or mentees.").because("unknown_value"));
}

Result<MentorApplicationInput> read_mentor_application(BodyReader& body) {
  SB_TRY(input, read_mentor_fields(body));
  SB_CHECK(body.finish());
  return input;
}

Result<MentorApplicationChange> read_mentor_application_change(BodyReader& body) {
  SB_TRY(token, body.string("token"));
  SB_TRY(input, read_mentor_fields(body));
  SB_CHECK(body.finish());
  return MentorApplicationChange{std::move(token), std::move(input)};
}

Result<std::string> read_application_token(BodyReader& body) {
  SB_TRY(token, body.string("token"));
  SB_CHECK(body.finish());
  return token;
}

Result<MenteeApplicationInput> read_mentee_application(BodyReader& body) {
  MenteeApplicationInput in;
  SB_TRY(school_id, body.id("school_id"));
  SB_TRY(role, body.string("role"));
  SB_TRY(mode, body.optional_string("mode"));
  SB_TRY(months, body.string_list("months", 4));
  SB_TRY(topics, body.optional_string("topics"));
  SB_CHECK(body.finish());
  in.school_id = school_id;
  in.role = std::move(role);
  in.mode = mode.value_or("");
  in.months = std::move(months);
  in.topics = topics.value_or("");
  return in;
}

Result<NumberedMeetingPlan> read_meeting_plan(BodyReader& body) {
  SB_TRY(number, body.integer("number"));
  MeetingPlan plan;
  SB_TRY(date, body.string("date"));
  SB_TRY(time, body.string("time"));
  SB_TRY(place, body.string("place"));
  SB_CHECK(body.finish());
  plan.date = std::move(date);
  plan.time = std::move(time);
  plan.place = std::move(place);
  return NumberedMeetingPlan{meeting_number(number), std::move(plan)};
}

Result<NumberedMeetingLog> read_meeting_log(BodyReader& body) {
  SB_TRY(number, body.integer("number"));
  MeetingLog log;
  SB_TRY(held, body.string("held"));
  SB_TRY(line, body.optional_string("log"));
  SB_TRY(experiment, body.optional_string("experiment"));
  SB_CHECK(body.finish());
  log.held = std::move(held);
  log.log = line.value_or("");
  log.experiment = experiment.value_or("");
  return NumberedMeetingLog{meeting_number(number), std::move(log)};
}

Result<MeetingToBoard> read_meeting_to_board(BodyReader& body) {
  SB_TRY(number, body.integer("number"));
  SB_TRY(team_id, body.id("team_id"));
  SB_CHECK(body.finish());
  return MeetingToBoard{meeting_number(number), team_id};
}

Result<PoolUpload> read_pool_import(BodyReader& body) {
  SB_TRY(side_text, body.string("side"));
  SB_TRY(csv, body.string("csv"));
  SB_CHECK(body.finish());
  SB_TRY(side, parse_pool_side(side_text));
  return PoolUpload{side, std::move(csv)};
}

Result<PairDecision> read_pair_decision(BodyReader& body) {
  SB_TRY(mentor_id, body.id("mentor_id"));
  SB_TRY(mentee_id, body.id("mentee_id"));
  SB_TRY(kind_text, body.nullable_string("kind"));
  SB_CHECK(body.finish());
  std::optional<MentoringDecisionKind> kind;
  if (kind_text && *kind_text) {
    if (**kind_text == "lock") kind = MentoringDecisionKind::lock;
    else if (**kind_text == "forbid") kind = MentoringDecisionKind::forbid;
    else return std::unexpected(Error::invalid("kind", "lock, forbid or null.").because("unknown_value"));
  }
  return PairDecision{mentor_id, mentee_id, kind};
}

Result<GuideText> read_guide_text(BodyReader& body) {
  SB_TRY(number, body.integer("number"));
  SB_TRY(text, body.string("text"));
  SB_CHECK(body.finish());
  return GuideText{number, std::move(text)};
}

Result<InspirationSchoolChange> read_inspiration_school(BodyReader& body) {
  SB_TRY(school_id, body.id("school_id"));
  SB_TRY(in, body.optional_bool("in_programme"));
  SB_TRY(region, body.optional_string("programme_region"));
  SB_CHECK(body.finish());
  if (!in && !region) return std::unexpected(Error::required("in_programme"));
  return InspirationSchoolChange{school_id, in, region};
}

Result<MentoringEventInput> read_mentoring_event(BodyReader& body) {
  MentoringEventInput in;
  SB_TRY(round, body.optional_string("round"));
  SB_TRY(kind, body.string("kind"));
  SB_TRY(title, body.string("title"));
  SB_TRY(date, body.string("date"));
  SB_TRY(start, body.string("start"));
  SB_TRY(end, body.string("end"));
  SB_TRY(place, body.optional_string("place"));
  SB_TRY(link, body.optional_string("link"));
  SB_CHECK(body.finish());
  in.round = round.value_or("");
  in.kind = std::move(kind);
  in.title = std::move(title);
  in.date = std::move(date);
  in.start = std::move(start);
  in.end = std::move(end);
  in.place = place.value_or("");
  in.link = link.value_or("");
  return in;
}

}  // namespace sb::api
