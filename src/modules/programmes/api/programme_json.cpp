#include "modules/programmes/api/programme_json.h"

#include <algorithm>

#include <boost/json.hpp>

#include "modules/programmes/core/times.h"

namespace sb::api {
namespace {

namespace json = boost::json;

json::array strings(const std::vector<std::string>& list) {
  json::array out;
  for (const auto& s : list) out.emplace_back(s);
  return out;
}

json::value optional_int(const std::optional<Id>& value) { return value ? json::value(*value) : json::value(nullptr); }

}  // namespace

json::object programme_json(const Programme& p) {
  json::array audience;
  for (const auto& a : p.audience) audience.push_back(json::object{{"sector", to_string(a.sector)}, {"role", a.role}});
  json::array parts;
  int total = 0;
  for (const auto& part : p.parts) {
    parts.push_back(json::object{{"name", part.name}, {"hours", part.hours}, {"description", part.description}});
    total += part.hours;
  }
  return json::object{{"id", p.id},
                      {"title", p.title},
                      {"provider", p.provider},
                      {"co_producers", strings(p.co_producers)},
                      {"summary", p.summary},
                      {"audience", std::move(audience)},
                      {"goals", strings(p.goals)},
                      {"themes", strings(p.themes)},
                      {"parts", std::move(parts)},
                      {"total_hours", total},
                      {"registration_points", p.registration_points},
                      {"price_cents", p.price_cents},
                      {"price_includes_vat", p.price_includes_vat},
                      {"vat_percent", p.vat_percent},
                      {"price_on_request", p.price_on_request},
                      {"price_excl_vat_cents", price_excl_vat_cents(p)},
                      {"price_incl_vat_cents", price_incl_vat_cents(p)},
                      {"in_company", p.in_company},
                      {"duration", p.duration},
                      {"contact_name", p.contact_name},
                      {"contact_email", p.contact_email},
                      {"contact_phone", p.contact_phone},
                      {"enrolment_rule", to_string(p.enrolment_rule)},
                      {"address_after_enrolment", p.address_after_enrolment},
                      {"published", p.published},
                      {"version", p.version}};
}

json::object round_json(const ProgrammeRound& r, UnixTime now) {
  json::array groups, tracks, sessions;
  for (const auto& g : r.groups) groups.push_back(json::object{{"id", g.id}, {"name", g.name}, {"capacity", g.capacity}});
  for (const auto& t : r.tracks) tracks.push_back(json::object{{"id", t.id}, {"name", t.name}});
  for (const auto& s : r.sessions) {
    sessions.push_back(json::object{{"id", s.id},
                                    {"title", s.title},
                                    {"starts_at", iso_time(s.starts_at)},
                                    {"ends_at", iso_time(s.ends_at)},
                                    {"date", iso_date(s.starts_at)},
                                    {"start", clock_text(s.starts_at)},
                                    {"end", clock_text(s.ends_at)},
                                    {"place", s.place},
                                    {"address", s.address},
                                    {"group_id", optional_int(s.group_id)},
                                    {"part", s.part ? json::value(*s.part) : json::value(nullptr)},
                                    {"credit_minutes", s.credit_minutes}});
  }
  return json::object{{"id", r.id},
                      {"programme_id", r.programme_id},
                      {"name", r.name},
                      {"example_dates", r.example_dates},
                      {"enrolment_closes_at", iso_time(r.enrolment_closes_at)},
                      {"enrolment_closes_on", iso_date(r.enrolment_closes_at)},
                      {"state", to_string(round_state(r, now))},
                      {"groups", std::move(groups)},
                      {"tracks", std::move(tracks)},
                      {"sessions", std::move(sessions)}};
}

json::object entry_json(const ProgrammeEntry& entry, UnixTime now) {
  auto out = programme_json(entry.programme);
  json::array rounds;
  for (const auto& r : entry.rounds) rounds.push_back(round_json(r, now));
  out["rounds"] = std::move(rounds);
  return out;
}

json::object enrolment_json(const Enrolment& e) {
  return json::object{{"id", e.id},
                      {"round_id", e.round_id},
                      {"user_id", e.user_id ? json::value(e.user_id) : json::value(nullptr)},
                      {"user_name", e.user_name},
                      {"user_email", e.user_email},
                      {"bestuur_id", e.bestuur_id},
                      {"bestuur_name", e.bestuur_name},
                      {"school_id", optional_int(e.school_id)},
                      {"sector", to_string(e.sector)},
                      {"role", e.role},
                      {"status", to_string(e.status)},
                      {"group_id", optional_int(e.group_id)},
                      {"preferred_group_id", optional_int(e.preferred_group_id)},
                      {"track_id", optional_int(e.track_id)},
                      {"enrolled_by", e.enrolled_by},
                      {"created_at", iso_time(e.created_at)},
                      {"invitation", json::object{{"state", to_string(invitation_state(e))},
                                                  {"email", e.invited_email},
                                                  {"held_until", e.held_until ? json::value(iso_time(*e.held_until))
                                                                              : json::value(nullptr)}}}};
}

json::object enrolment_view_json(const EnrolmentView& v, UnixTime now) {
  auto out = enrolment_json(v.enrolment);
  out["programme"] = programme_json(v.programme);
  out["round"] = round_json(v.round, now);
  out["round_state"] = to_string(v.state);
  out["colleague"] = json::object{{"required", v.colleague.required},
                                  {"complete", v.colleague.complete},
                                  {"deadline", v.colleague.deadline ? json::value(iso_date(*v.colleague.deadline))
                                                                    : json::value(nullptr)}};
  json::array parts;
  for (const auto& p : v.progress.parts) {
    parts.push_back(json::object{{"name", p.name}, {"required_minutes", p.required_minutes}, {"done_minutes", p.done_minutes}});
  }
  out["progress"] = json::object{{"sessions_total", v.progress.sessions_total},
                                 {"sessions_attended", v.progress.sessions_attended},
                                 {"parts", std::move(parts)},
                                 {"assignments_required", v.progress.assignments_required},
                                 {"assignments_handed_in", v.progress.assignments_handed_in},
                                 {"assignments_accepted", v.progress.assignments_accepted},
                                 {"complete", v.progress.complete}};
  out["waiting_position"] = v.waiting_position;
  out["project_group"] = v.project_group;
  out["project_mates"] = strings(v.project_mates);
  json::array items;
  for (const auto& item : v.assignments) items.push_back(assignment_item_json(item));
  out["assignments"] = std::move(items);
  return out;
}

json::object assignment_json(const Assignment& a) {
  return json::object{{"id", a.id},
                      {"round_id", a.round_id},
                      {"title", a.title},
                      {"instructions", a.instructions},
                      {"part", a.part ? json::value(*a.part) : json::value(nullptr)},
                      {"session_id", optional_int(a.session_id)},
                      {"due_at", iso_time(a.due_at)},
                      {"due_on", iso_date(a.due_at)},
                      {"due_time", clock_text(a.due_at)},
                      {"credit_minutes", a.credit_minutes},
                      {"version", a.version}};
}

json::object hand_in_json(const HandIn& h, const Assignment& a) {
  return json::object{{"id", h.id},
                      {"assignment_id", h.assignment_id},
                      {"enrolment_id", h.enrolment_id},
                      {"text", h.text},
                      {"status", to_string(h.status)},
                      {"late", is_late(a, h)},
                      {"first_submitted_at", iso_time(h.first_submitted_at)},
                      {"submitted_at", iso_time(h.submitted_at)},
                      {"submitted_on", iso_date(h.submitted_at)},
                      {"submitted_time", clock_text(h.submitted_at)},
                      {"feedback", h.feedback},
                      {"reviewed_at", h.reviewed_at ? json::value(iso_time(*h.reviewed_at)) : json::value(nullptr)},
                      {"version", h.version}};
}

json::object assignment_item_json(const AssignmentItem& item) {
  return json::object{{"assignment", assignment_json(item.assignment)},
                      {"state", to_string(item.state)},
                      {"hand_in", item.hand_in ? json::value(hand_in_json(*item.hand_in, item.assignment)) : json::value(nullptr)}};
}

json::object certificate_json(const Certificate& c) {
  return json::object{{"participant_name", c.participant_name},
                      {"participant_email", c.participant_email},
                      {"programme_title", c.programme_title},
                      {"provider", c.provider},
                      {"round_name", c.round_name},
                      {"registration_points", c.registration_points},
                      {"hours", c.hours},
                      {"completed_on", iso_date(c.completed_at)}};
}

Result<Assignment> read_assignment(BodyReader& body) {
  Assignment a;
  SB_TRY(version, body.optional_integer("version"));
  a.version = static_cast<int>(std::clamp<std::int64_t>(version.value_or(1), 0, 1'000'000'000));
  SB_TRY(title, body.string("title"));
  a.title = title;
  SB_TRY(instructions, body.optional_string("instructions"));
  a.instructions = instructions.value_or("");
  SB_TRY(part, body.optional_integer("part"));
  if (part) a.part = static_cast<int>(std::clamp<std::int64_t>(*part, -1, 1000));
  SB_TRY(session, body.optional_id("session_id"));
  a.session_id = session;
  SB_TRY(due_on, body.string("due_on"));
  SB_TRY(due_time, body.optional_string("due_time"));
  auto due = parse_amsterdam(due_on, due_time.value_or("23:59"));
  if (!due) return std::unexpected(Error::invalid("due_on", "Give a date as YYYY-MM-DD and a time as HH:MM.").because("date"));
  a.due_at = *due;
  SB_TRY(credit, body.optional_integer("credit_minutes"));
  a.credit_minutes = static_cast<int>(std::clamp<std::int64_t>(credit.value_or(0), -1, 1'000'000));
  SB_CHECK(body.finish());
  return a;
}

Result<Programme> read_programme(BodyReader& body) {
  Programme p;
  SB_TRY(version, body.optional_integer("version"));
  p.version = static_cast<int>(version.value_or(1));
  SB_TRY(title, body.string("title"));
  p.title = title;
  SB_TRY(provider, body.string("provider"));
  p.provider = provider;
  SB_TRY(co_producers, body.string_list("co_producers", 40));
  p.co_producers = co_producers;
  SB_TRY(summary, body.optional_string("summary"));
  p.summary = summary.value_or("");
  SB_TRY(audience, body.object_list("audience", 100));
  for (std::size_t i = 0; i < audience.size(); ++i) {
    SB_TRY(sector_text, audience[i].string("sector"));
    auto sector = parse_sector(sector_text);
    if (!sector) return std::unexpected(Error::invalid("audience." + std::to_string(i) + ".sector", "Choose PO, VO, MBO or HBO."));
    SB_TRY(role, audience[i].string("role"));
    SB_CHECK(audience[i].finish());
    p.audience.push_back({*sector, role});
  }
  SB_TRY(goals, body.string_list("goals", 40));
  p.goals = goals;
  SB_TRY(themes, body.string_list("themes", 40));
  p.themes = themes;
  SB_TRY(parts, body.object_list("parts", 20));
  for (auto& part : parts) {
    SB_TRY(name, part.string("name"));
    SB_TRY(hours, part.integer("hours"));
    SB_TRY(description, part.optional_string("description"));
    SB_CHECK(part.finish());
    p.parts.push_back({name, static_cast<int>(std::clamp<std::int64_t>(hours, -1, 100000)), description.value_or("")});
  }
  SB_TRY(points, body.optional_integer("registration_points"));
  p.registration_points = static_cast<int>(std::clamp<std::int64_t>(points.value_or(0), -1, 100000));
  SB_TRY(price, body.integer("price_cents"));
  p.price_cents = price;
  SB_TRY(includes_vat, body.optional_bool("price_includes_vat"));
  p.price_includes_vat = includes_vat.value_or(false);
  SB_TRY(vat, body.optional_integer("vat_percent"));
  p.vat_percent = static_cast<int>(std::clamp<std::int64_t>(vat.value_or(0), -1, 1000));
  SB_TRY(on_request, body.optional_bool("price_on_request"));
  p.price_on_request = on_request.value_or(false);
  SB_TRY(in_company, body.optional_bool("in_company"));
  p.in_company = in_company.value_or(false);
  SB_TRY(duration, body.optional_string("duration"));
  p.duration = duration.value_or("");
  SB_TRY(contact_name, body.optional_string("contact_name"));
  p.contact_name = contact_name.value_or("");
  SB_TRY(contact_email, body.optional_string("contact_email"));
  p.contact_email = contact_email.value_or("");
  SB_TRY(contact_phone, body.optional_string("contact_phone"));
  p.contact_phone = contact_phone.value_or("");
  SB_TRY(rule_text, body.optional_string("enrolment_rule"));
  auto rule = parse_enrolment_rule(rule_text.value_or("individual"));
  if (!rule) return std::unexpected(Error::invalid("enrolment_rule", "Choose individual or with_colleague."));
  p.enrolment_rule = *rule;
  SB_TRY(address_after, body.optional_bool("address_after_enrolment"));
  p.address_after_enrolment = address_after.value_or(false);
  SB_TRY(published, body.optional_bool("published"));
  p.published = published.value_or(true);
  SB_CHECK(body.finish());
  return p;
}

Result<ProgrammeRound> read_round(BodyReader& body) {
  ProgrammeRound r;
  SB_TRY(name, body.string("name"));
  r.name = name;
  SB_TRY(example, body.optional_bool("example_dates"));
  r.example_dates = example.value_or(false);
  SB_TRY(closes_on, body.string("enrolment_closes_on"));
  auto closes = parse_amsterdam(closes_on, "23:59");
  if (!closes) return std::unexpected(Error::invalid("enrolment_closes_on", "Give a date as YYYY-MM-DD.").because("date"));
  r.enrolment_closes_at = *closes;
  SB_TRY(groups, body.object_list("groups", 20));
  for (auto& g : groups) {
    SB_TRY(id, g.optional_id("id"));
    SB_TRY(group_name, g.string("name"));
    SB_TRY(capacity, g.integer("capacity"));
    SB_CHECK(g.finish());
    r.groups.push_back({id.value_or(0), group_name, static_cast<int>(std::clamp<std::int64_t>(capacity, -1, 100000))});
  }
  SB_TRY(tracks, body.object_list("tracks", 20));
  for (auto& t : tracks) {
    SB_TRY(id, t.optional_id("id"));
    SB_TRY(track_name, t.string("name"));
    SB_CHECK(t.finish());
    r.tracks.push_back({id.value_or(0), track_name});
  }
  SB_TRY(sessions, body.object_list("sessions", 100));
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    auto& in = sessions[i];
    const std::string at = "sessions." + std::to_string(i) + ".";
    ProgrammeSession s;
    SB_TRY(id, in.optional_id("id"));
    s.id = id.value_or(0);
    SB_TRY(title, in.string("title"));
    s.title = title;
    SB_TRY(date, in.string("date"));
    SB_TRY(start, in.string("start"));
    SB_TRY(end, in.string("end"));
    auto starts = parse_amsterdam(date, start);
    auto ends = parse_amsterdam(date, end);
    if (!starts) return std::unexpected(Error::invalid(at + "date", "Give a date as YYYY-MM-DD and a time as HH:MM.").because("date"));
    if (!ends) return std::unexpected(Error::invalid(at + "end", "Give a time as HH:MM.").because("time"));
    s.starts_at = *starts;
    s.ends_at = *ends;
    SB_TRY(place, in.string("place"));
    s.place = place;
    SB_TRY(address, in.optional_string("address"));
    s.address = address.value_or("");
    SB_TRY(group, in.optional_integer("group_id"));
    if (group) s.group_id = *group;
    SB_TRY(part, in.optional_integer("part"));
    if (part) s.part = static_cast<int>(std::clamp<std::int64_t>(*part, -1, 1000));
    SB_TRY(credit, in.optional_integer("credit_minutes"));
    s.credit_minutes = static_cast<int>(std::clamp<std::int64_t>(credit.value_or(0), -1, 100000));
    SB_CHECK(in.finish());
    r.sessions.push_back(std::move(s));
  }
  SB_CHECK(body.finish());
  return r;
}

Result<EnrolRequest> read_enrol_request(BodyReader& body, Id round_id) {
  EnrolRequest request;
  request.round_id = round_id;
  SB_TRY(user_id, body.optional_id("user_id"));
  request.user_id = user_id;
  SB_CHECK(read_enrol_choices(body, request));
  SB_CHECK(body.finish());
  return request;
}

Result<InviteRequest> read_invite_request(BodyReader& body, Id round_id) {
  InviteRequest request;
  request.round_id = round_id;
  SB_TRY(email, body.string("email"));
  request.email = email;
  SB_TRY(school, body.optional_id("school_id"));
  request.school_id = school;
  SB_TRY(bestuur, body.optional_id("bestuur_id"));
  request.bestuur_id = bestuur;
  SB_CHECK(read_enrol_choices(body, request));
  SB_CHECK(body.finish());
  return request;
}

Result<RoundCopy> read_round_copy(BodyReader& body) {
  SB_TRY(name, body.string("name"));
  SB_TRY(first_day, body.string("first_session_on"));
  SB_CHECK(body.finish());
  return RoundCopy{std::move(name), std::move(first_day)};
}

Result<std::vector<std::vector<Id>>> read_project_groups(BodyReader& body) {
  SB_TRY(groups_in, body.object_list("groups", 100));
  std::vector<std::vector<Id>> groups;
  for (auto& g : groups_in) {
    SB_TRY(ids, g.optional_id_list("enrolment_ids"));
    SB_CHECK(g.finish());
    groups.push_back(ids.value_or(std::vector<Id>{}));
  }
  SB_CHECK(body.finish());
  return groups;
}

Result<std::vector<Attendance>> read_session_attendance(BodyReader& body, Id session_id) {
  SB_TRY(marks_in, body.object_list("marks", 500));
  std::vector<Attendance> marks;
  for (auto& m : marks_in) {
    SB_TRY(enrolment_id, m.id("enrolment_id"));
    SB_TRY(present, m.optional_bool("present"));
    if (!present) return std::unexpected(Error::required("marks.present"));
    SB_CHECK(m.finish());
    marks.push_back({session_id, enrolment_id, *present});
  }
  SB_CHECK(body.finish());
  return marks;
}

Result<HoursEntry> read_hours_entry(BodyReader& body, Id enrolment_id) {
  HoursEntry entry;
  entry.enrolment_id = enrolment_id;
  SB_TRY(part, body.integer("part"));
  entry.part = static_cast<int>(std::clamp<std::int64_t>(part, -1, 1000));
  SB_TRY(minutes, body.integer("minutes"));
  entry.minutes = static_cast<int>(std::clamp<std::int64_t>(minutes, -1, 1'000'000));
  SB_TRY(note, body.optional_string("note"));
  entry.note = note.value_or("");
  SB_CHECK(body.finish());
  return entry;
}

Result<std::string> read_hand_in_text(BodyReader& body) {
  SB_TRY(text, body.string("text"));
  SB_CHECK(body.finish());
  return text;
}

Result<Review> read_review(BodyReader& body, Id hand_in_id) {
  Review review;
  review.hand_in_id = hand_in_id;
  SB_TRY(decision, body.string("decision"));
  auto status = parse_hand_in_status(decision);
  if (!status || *status == HandInStatus::submitted) {
    return std::unexpected(Error::invalid("decision", "Choose accepted or returned.").because("not_a_decision"));
  }
  review.decision = *status;
  SB_TRY(feedback, body.optional_string("feedback"));
  review.feedback = feedback.value_or("");
  SB_TRY(version, body.integer("version"));
  review.version = static_cast<int>(std::clamp<std::int64_t>(version, 0, 1'000'000'000));
  SB_CHECK(body.finish());
  return review;
}

}  // namespace sb::api
