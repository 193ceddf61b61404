#include "modules/mentoring/api/mentoring_api.h"

#include <boost/json.hpp>

#include <charconv>

#include "kernel/dates.h"
#include "modules/mentoring/api/mentoring_json.h"
#include "modules/mentoring/core/applications.h"
#include "modules/mentoring/core/events.h"
#include "modules/mentoring/core/meetings.h"
#include "modules/mentoring/core/rounds.h"
#include "modules/mentoring/core/store.h"
#include "server/api/qr_svg.h"
#include "server/api/json_io.h"
#include "server/api/table_export.h"

namespace sb::api {

std::string_view mentoring_openapi();  // generated from openapi.json

namespace {

namespace json = boost::json;

json::value opt_id(const std::optional<Id>& id) { return id ? json::value(*id) : json::value(nullptr); }
json::value opt_time(const std::optional<UnixTime>& t) { return t ? json::value(iso_time(*t)) : json::value(nullptr); }

json::array month_list(mentoring::MonthSet months) {
  json::array out;
  const char* names[] = {"december", "january", "february", "march"};
  for (int k = 0; k < 4; ++k) {
    if (months & (1 << k)) out.push_back(json::value(names[k]));
  }
  return out;
}

json::array sector_list(mentoring::SectorSet sectors) {
  json::array out;
  const char* names[] = {"po", "vo", "mbo", "hbo"};
  for (int k = 0; k < 4; ++k) {
    if (sectors & (1 << k)) out.push_back(json::value(names[k]));
  }
  return out;
}

json::object score_json(const mentoring::ScoreBreakdown& s) {
  return {{"total", s.total()}, {"sector", s.sector}, {"meeting_mode", s.meeting_mode},
          {"availability", s.availability}, {"distance", s.distance}, {"topics", s.topics}};
}

json::object mentor_json(const MentorApplication& a, bool with_contact) {
  const auto& m = a.mentor;
  json::object out{{"id", a.id}, {"name", m.name}, {"organisation", m.organisation}, {"role", m.role},
                   {"track", track_name(m.track)}, {"years_in_role", m.years_in_role}, {"team_size", m.team_size},
                   {"years_ci", m.years_ci_experience}, {"capacity", m.capacity}, {"region", m.region},
                   {"municipality", m.municipality}, {"sectors", sector_list(m.preferred_sectors)},
                   {"mode", mode_name(m.mode)}, {"months", month_list(m.months)}, {"topics", m.topics},
                   {"created_at", iso_time(a.created_at)}, {"updated_at", iso_time(a.updated_at)}};
  if (with_contact) {
    out["email"] = a.email;
    out["phone"] = a.phone;
  }
  return out;
}

json::object mentee_json(const MenteeApplication& a) {
  const auto& m = a.mentee;
  return {{"id", a.id}, {"name", m.name}, {"school", m.school}, {"school_id", opt_id(a.school_id)},
          {"role", m.role_text}, {"sector", sector_list(static_cast<mentoring::SectorSet>(m.sector))[0]},
          {"region", m.region}, {"mode", mode_name(m.mode)}, {"months", month_list(m.months)}, {"topics", m.topics},
          {"created_at", iso_time(a.created_at)}};
}

json::object run_json(const MentoringRun& r) {
  return {{"id", r.id}, {"created_at", iso_time(r.created_at)}, {"pair_count", r.pair_count},
          {"total_score", r.total_score}, {"locked_pairs", r.locked_pairs}, {"unpaired_mentors", r.unpaired_mentors},
          {"unpaired_mentees", r.unpaired_mentees}, {"published_at", opt_time(r.published_at)}};
}

json::object run_pair_json(const MentoringRunPair& p) {
  return {{"mentor_id", p.mentor_id}, {"mentee_id", p.mentee_id}, {"mentor_name", p.mentor_name},
          {"mentee_name", p.mentee_name}, {"mentor_region", p.mentor_region}, {"mentee_school", p.mentee_school},
          {"locked", p.locked}, {"score", score_json(p.score)}, {"note_nl", p.note_nl}, {"note_en", p.note_en}};
}

json::object pair_json(const MentoringPair& p) {
  return {{"id", p.id}, {"mentor_name", p.mentor_name}, {"mentor_organisation", p.mentor_organisation},
          {"mentee_name", p.mentee_name}, {"mentee_school", p.mentee_school}, {"mentee_school_id", opt_id(p.mentee_school_id)}};
}

// HH:MM of a moment in Amsterdam, as people typed it.
std::string amsterdam_clock(UnixTime t) {
  const auto minutes = static_cast<unsigned>((((t + amsterdam_offset(t)) % 86400) + 86400) % 86400 / 60);
  const auto two = [](unsigned n) { return std::string{static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)}; };
  return two(minutes / 60) + ":" + two(minutes % 60);
}

json::object event_json(const MentoringEvent& e) {
  return {{"round", e.round}, {"kind", to_string(e.kind)}, {"title", e.title}, {"date", amsterdam_date(e.starts_at)},
          {"start", amsterdam_clock(e.starts_at)}, {"end", amsterdam_clock(e.ends_at)},
          {"starts_at", iso_time(e.starts_at)}, {"ends_at", iso_time(e.ends_at)}, {"place", e.place}, {"link", e.link}};
}

json::array events_json(const std::vector<MentoringEvent>& events) {
  json::array out;
  for (const auto& e : events) out.push_back(event_json(e));
  return out;
}

json::object meeting_json(const MentoringMeeting& m) {
  json::object out{{"number", m.number}, {"starts_at", opt_time(m.starts_at)}, {"place", to_string(m.place)},
                   {"held", to_string(m.held)}, {"log", m.log}, {"experiment", m.experiment},
                   {"board_item_id", opt_id(m.board_item_id)}};
  if (m.starts_at) {
    out["date"] = amsterdam_date(*m.starts_at);
    out["time"] = amsterdam_clock(*m.starts_at);
  }
  return out;
}

json::array reasons_json(const std::vector<mentoring::Ineligibility>& reasons) {
  json::array out;
  for (const auto& r : reasons) out.push_back(json::object{{"code", to_string(r.code)}, {"nl", r.text.nl}, {"en", r.text.en}});
  return out;
}

std::string form_link(const Services& s) { return s.public_base_url + "/mentoring/aanmelden"; }

Result<int> query_int(const Context& c, const char* name, int fallback) {
  auto it = c.request.query.find(name);
  if (it == c.request.query.end()) return fallback;
  int value = 0;
  const auto& text = it->second;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) {
    return std::unexpected(Error::invalid(name, "A whole number.").because("not_a_number"));
  }
  return value;
}

http::Response no_store(http::Response response) {
  response.set_header("Cache-Control", "no-store");
  return response;
}

void add_public_routes(Router& router) {
  router.add("POST", "/api/v1/mentoring/mentor-applications/check", {Access::public_route},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_mentor_application(body));
               SB_TRY(check, check_mentor_application(input));
               return json_response(200, serialize(json::object{
                                             {"track", check.track ? json::value(track_name(*check.track)) : json::value(nullptr)},
                                             {"eligible", check.reasons.empty()},
                                             {"reasons", reasons_json(check.reasons)}}));
             });
  router.add("POST", "/api/v1/mentoring/mentor-applications", {Access::public_route},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_mentor_application(body));
               SB_TRY(applied, apply_as_mentor(c.services, input));
               return json_response(201, serialize(json::object{{"id", applied.application.id},
                                                                {"track", track_name(applied.application.mentor.track)}}));
             });
  router.add("POST", "/api/v1/mentoring/my-application/lookup", {Access::public_route},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(token, read_application_token(body));
               SB_TRY(application, mentor_application_by_token(c.services, token));
               SB_TRY(events, events_for_applicants(c.services));
               auto out = mentor_json(application, true);
               out["events"] = events_json(events);
               return no_store(json_response(200, serialize(out)));
             });
  router.add("PUT", "/api/v1/mentoring/my-application", {Access::public_route},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(change, read_mentor_application_change(body));
               SB_TRY(application, change_mentor_application(c.services, change.token, change.input));
               return no_store(json_response(200, serialize(mentor_json(application, true))));
             });
  router.add("POST", "/api/v1/mentoring/my-application/withdraw", {Access::public_route},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(token, read_application_token(body));
               SB_CHECK(withdraw_mentor_application(c.services, token));
               return json_response(200, serialize(json::object{{"withdrawn", true}}));
             });
  router.add("GET", "/api/v1/mentoring/form-qr.svg", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    SB_TRY(svg, qr_svg(form_link(c.services)));
    http::Response response;
    response.content_type = "image/svg+xml";
    response.body = std::move(svg);
    return response;
  });
}

void add_member_routes(Router& router) {
  router.add("GET", "/api/v1/me/mentoring", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(mine, my_mentee_application(c.services, c.who()));
    SB_TRY(pairs, my_mentoring_pairs(c.services, c.who()));
    SB_TRY(events, my_mentoring_events(c.services, c.who()));
    json::array options;
    for (const auto& o : mine.options) {
      json::array roles;
      for (const auto& r : o.roles) roles.push_back(json::value(r));
      options.push_back(json::object{{"school_id", o.school_id}, {"school_name", o.school_name}, {"roles", std::move(roles)}});
    }
    json::array pair_list;
    for (const auto& p : pairs) pair_list.push_back(pair_json(p));
    return json_response(200, serialize(json::object{
                                  {"options", std::move(options)},
                                  {"application", mine.application ? json::value(mentee_json(*mine.application)) : json::value(nullptr)},
                                  {"pairs", std::move(pair_list)},
                                  {"events", events_json(events)}}));
  });
  router.add("PUT", "/api/v1/me/mentoring/application", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(in, read_mentee_application(body));
    SB_TRY(application, apply_as_mentee(c.services, c.who(), in));
    return json_response(200, serialize(mentee_json(application)));
  });
  router.add("DELETE", "/api/v1/me/mentoring/application", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_CHECK(withdraw_mentee_application(c.services, c.who()));
    return json_response(200, serialize(json::object{{"withdrawn", true}}));
  });
  router.add("GET", "/api/v1/mentoring/pairs/{id}", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(view, view_mentoring_pair(c.services, c.who(), path_id(c)));
    json::array meetings;
    for (const auto& m : view.meetings) meetings.push_back(meeting_json(m));
    json::array guides;
    for (const auto& g : view.guides) guides.push_back(json::value(g));
    auto out = pair_json(view.pair);
    out["meetings"] = std::move(meetings);
    out["guides"] = std::move(guides);
    out["mine_as_mentor"] = view.mine_as_mentor;
    out["mine_as_mentee"] = view.mine_as_mentee;
    out["season"] = view.season;
    out["events"] = events_json(view.events);
    return no_store(json_response(200, serialize(out)));
  });
  router.add("PUT", "/api/v1/mentoring/pairs/{id}/plan", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(planned, read_meeting_plan(body));
    SB_TRY(meeting, plan_mentoring_meeting(c.services, c.who(), path_id(c), planned.number, planned.plan));
    return json_response(200, serialize(meeting_json(meeting)));
  });
  router.add("PUT", "/api/v1/mentoring/pairs/{id}/log", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(logged, read_meeting_log(body));
    SB_TRY(meeting, log_mentoring_meeting(c.services, c.who(), path_id(c), logged.number, logged.log));
    return json_response(200, serialize(meeting_json(meeting)));
  });
  router.add("POST", "/api/v1/mentoring/pairs/{id}/board-action", {Access::signed_in},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(action, read_meeting_to_board(body));
               SB_TRY(meeting, experiment_to_board(c.services, c.who(), path_id(c), action.number, action.team_id));
               return json_response(201, serialize(meeting_json(meeting)));
             });
}

constexpr AccessRule kStaff{Access::scoped, Action::manage_mentoring};
constexpr AccessRule kStaffRun{Access::scoped, Action::manage_mentoring, "mentoring_run"};

// A run lives on the platform: programme staff run the programme for every school.
Result<Scope> scope_of_mentoring_run(ReadTx& tx, Id run_id) {
  if (!mentoring_store(tx).find_run(run_id)) return std::unexpected(Error::not_found("No such run."));
  return Scope::platform();
}

void add_staff_routes(Router& router) {
  router.add("GET", "/api/v1/staff/mentoring/pool", kStaff, [](Context& c) -> Result<http::Response> {
    SB_TRY(pool, mentoring_pool(c.services, c.who()));
    json::array mentors, mentees, decisions;
    for (const auto& m : pool.mentors) {
      auto item = mentor_json(m, true);
      item["eligible"] = mentoring::check_mentor(m.mentor).empty();
      mentors.push_back(std::move(item));
    }
    for (const auto& m : pool.mentees) mentees.push_back(mentee_json(m));
    for (const auto& d : pool.decisions) {
      decisions.push_back(json::object{{"mentor_id", d.mentor_id}, {"mentee_id", d.mentee_id}, {"kind", to_string(d.kind)}});
    }
    return json_response(200, serialize(json::object{{"mentors", std::move(mentors)}, {"mentees", std::move(mentees)},
                                                     {"decisions", std::move(decisions)}}));
  });
  router.add("GET", "/api/v1/staff/mentoring/pool.csv", kStaff, [](Context& c) -> Result<http::Response> {
    auto it = c.request.query.find("side");
    SB_TRY(side, parse_pool_side(it == c.request.query.end() ? "" : it->second));
    SB_TRY(csv, export_mentoring_pool(c.services, c.who(), side));
    http::Response response;
    response.content_type = "text/csv; charset=utf-8";
    response.body = std::move(csv);
    response.set_header("Content-Disposition", std::string("attachment; filename=\"") +
                                                   (side == PoolSide::mentors ? "mentoren" : "mentees") + ".csv\"");
    return response;
  });
  router.add("POST", "/api/v1/staff/mentoring/pool/import", kStaff, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(upload, read_pool_import(body));
    SB_TRY(outcome, import_mentoring_pool(c.services, c.who(), upload.side, upload.csv));
    json::array errors;
    for (const auto& e : outcome.errors) {
      errors.push_back(json::object{{"line", e.line}, {"column", e.column}, {"nl", e.reason.nl}, {"en", e.reason.en}});
    }
    return json_response(outcome.errors.empty() ? 200 : 422,
                         serialize(json::object{{"added", outcome.added}, {"updated", outcome.updated}, {"errors", std::move(errors)}}));
  });
  router.add("GET", "/api/v1/staff/mentoring/runs", kStaff, [](Context& c) -> Result<http::Response> {
    SB_TRY(runs, mentoring_runs(c.services, c.who()));
    json::array out;
    for (const auto& r : runs) out.push_back(run_json(r));
    return json_response(200, serialize(out));
  });
  router.add("POST", "/api/v1/staff/mentoring/runs", kStaff, [](Context& c) -> Result<http::Response> {
    SB_TRY(run, run_mentoring_engine(c.services, c.who()));
    return json_response(201, serialize(run_json(run)));
  });
  router.add("GET", "/api/v1/staff/mentoring/runs/{id}", kStaffRun, [](Context& c) -> Result<http::Response> {
    SB_TRY(offset, query_int(c, "offset", 0));
    SB_TRY(limit, query_int(c, "limit", 100));
    SB_TRY(page, mentoring_run_page(c.services, c.who(), path_id(c), offset, limit));
    json::array pairs, unpaired, decisions;
    for (const auto& p : page.pairs) pairs.push_back(run_pair_json(p));
    for (const auto& u : page.unpaired) {
      unpaired.push_back(json::object{{"side", to_string(u.side)}, {"application_id", u.application_id}, {"name", u.name},
                                      {"reason", u.reason}, {"text_nl", u.text_nl}, {"text_en", u.text_en}});
    }
    for (const auto& d : page.decisions) {
      decisions.push_back(json::object{{"mentor_id", d.mentor_id}, {"mentee_id", d.mentee_id}, {"kind", to_string(d.kind)}});
    }
    auto out = run_json(page.run);
    out["offset"] = offset;
    out["pairs"] = std::move(pairs);
    out["unpaired"] = std::move(unpaired);
    out["decisions"] = std::move(decisions);
    return json_response(200, serialize(out));
  });
  router.add("GET", "/api/v1/staff/mentoring/runs/{id}/diff", kStaffRun, [](Context& c) -> Result<http::Response> {
    auto it = c.request.query.find("from");
    const auto from = it == c.request.query.end() ? std::nullopt : parse_id(it->second);
    if (!from) return std::unexpected(Error::invalid("from", "Name the run to compare with: ?from=ID.").because("required"));
    SB_TRY(diff, diff_mentoring_runs(c.services, c.who(), *from, path_id(c)));
    json::array added, removed;
    for (const auto& p : diff.added) added.push_back(run_pair_json(p));
    for (const auto& p : diff.removed) removed.push_back(run_pair_json(p));
    return json_response(200, serialize(json::object{{"from", run_json(diff.from)}, {"to", run_json(diff.to)},
                                                     {"added", std::move(added)}, {"removed", std::move(removed)}}));
  });
  router.add("POST", "/api/v1/staff/mentoring/runs/{id}/publish", kStaffRun, [](Context& c) -> Result<http::Response> {
    SB_TRY(pairs, publish_mentoring_run(c.services, c.who(), path_id(c)));
    json::array out;
    for (const auto& p : pairs) out.push_back(pair_json(p));
    return json_response(200, serialize(json::object{{"pairs", std::move(out)}}));
  });
  router.add("PUT", "/api/v1/staff/mentoring/decisions", kStaff, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(decision, read_pair_decision(body));
    SB_CHECK(decide_mentoring_pair(c.services, c.who(), decision.mentor_id, decision.mentee_id, decision.kind));
    return json_response(200, serialize(json::object{
                                  {"mentor_id", decision.mentor_id},
                                  {"mentee_id", decision.mentee_id},
                                  {"kind", decision.kind ? json::value(to_string(*decision.kind)) : json::value(nullptr)}}));
  });
  router.add("GET", "/api/v1/staff/mentoring/guides", kStaff, [](Context& c) -> Result<http::Response> {
    SB_TRY(guides, mentoring_guides(c.services, c.who()));
    json::array out;
    for (const auto& g : guides) out.push_back(json::value(g));
    return json_response(200, serialize(out));
  });
  router.add("PUT", "/api/v1/staff/mentoring/guides", kStaff, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(guide, read_guide_text(body));
    SB_CHECK(set_mentoring_guide(c.services, c.who(), static_cast<int>(std::clamp<std::int64_t>(guide.number, -1, 99)),
                                 guide.text));
    return json_response(200, serialize(json::object{{"number", guide.number}, {"text", guide.text}}));
  });
  router.add("GET", "/api/v1/staff/mentoring/schools", kStaff, [](Context& c) -> Result<http::Response> {
    SB_TRY(schools, inspiration_schools(c.services, c.who()));
    json::array ids, all;
    for (const auto& entry : schools) {
      if (entry.in_programme) ids.push_back(entry.school.id);
      all.push_back(json::object{{"id", entry.school.id},
                                 {"name", entry.school.name},
                                 {"sector", to_string(entry.school.sector)},
                                 {"region", to_string(entry.school.region)},
                                 {"programme_region", entry.programme_region},
                                 {"in_programme", entry.in_programme}});
    }
    json::array regions;
    for (auto r : kMentoringRegions) regions.push_back(json::value(r));
    return json_response(200, serialize(json::object{
                                  {"school_ids", std::move(ids)}, {"schools", std::move(all)}, {"regions", std::move(regions)}}));
  });
  router.add("PUT", "/api/v1/staff/mentoring/schools", kStaff, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(change, read_inspiration_school(body));
    if (change.in_programme) SB_CHECK(set_inspiration_school(c.services, c.who(), change.school_id, *change.in_programme));
    if (change.programme_region) {
      SB_CHECK(set_programme_region(c.services, c.who(), change.school_id, *change.programme_region));
    }
    json::object out{{"school_id", change.school_id}};
    if (change.in_programme) out["in_programme"] = *change.in_programme;
    if (change.programme_region) out["programme_region"] = *change.programme_region;
    return json_response(200, serialize(out));
  });
  router.add("GET", "/api/v1/staff/mentoring/events", kStaff, [](Context& c) -> Result<http::Response> {
    auto it = c.request.query.find("round");
    SB_TRY(round, mentoring_round_events(c.services, c.who(), it == c.request.query.end() ? "" : it->second));
    return json_response(200, serialize(json::object{{"round", round.round}, {"events", events_json(round.events)}}));
  });
  router.add("PUT", "/api/v1/staff/mentoring/events", kStaff, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(in, read_mentoring_event(body));
    SB_TRY(event, save_mentoring_event(c.services, c.who(), in));
    return json_response(200, serialize(event_json(event)));
  });
  router.add("DELETE", "/api/v1/staff/mentoring/events", kStaff, [](Context& c) -> Result<http::Response> {
    auto round = c.request.query.find("round");
    auto kind = c.request.query.find("kind");
    SB_CHECK(remove_mentoring_event(c.services, c.who(), round == c.request.query.end() ? "" : round->second,
                                    kind == c.request.query.end() ? "" : kind->second));
    return json_response(200, serialize(json::object{{"removed", true}}));
  });
  router.add("GET", "/api/v1/staff/mentoring/on-track", kStaff, [](Context& c) -> Result<http::Response> {
    SB_TRY(rows, mentoring_on_track(c.services, c.who()));
    json::array out;
    for (const auto& r : rows) {
      json::array planned, held;
      for (int k = 0; k < 4; ++k) {
        planned.push_back(r.planned[static_cast<std::size_t>(k)]);
        held.push_back(r.held[static_cast<std::size_t>(k)]);
      }
      auto item = pair_json(r.pair);
      item["planned"] = std::move(planned);
      item["held"] = std::move(held);
      item["held_total"] = r.held_total;
      item["expected_held"] = r.expected_held;
      item["behind"] = r.behind;
      out.push_back(std::move(item));
    }
    return json_response(200, serialize(out));
  });
  router.add("GET", "/api/v1/staff/mentoring/on-track/export", kStaff, [](Context& c) -> Result<http::Response> {
    auto it = c.request.query.find("format");
    SB_TRY(format, parse_table_format(it == c.request.query.end() ? "csv" : it->second));
    SB_TRY(rows, mentoring_on_track(c.services, c.who()));
    Table table;
    table.title = "Op koers";
    table.columns = {"Mentor", "Organisatie", "Mentee", "School", "Gepland dec", "Gehouden dec", "Gepland jan",
                     "Gehouden jan", "Gepland feb", "Gehouden feb", "Gepland mrt", "Gehouden mrt", "Gehouden totaal",
                     "Verwacht", "Achter"};
    for (const auto& r : rows) {
      std::vector<TableCell> row{r.pair.mentor_name, r.pair.mentor_organisation, r.pair.mentee_name, r.pair.mentee_school};
      for (std::size_t k = 0; k < 4; ++k) {
        row.push_back(std::int64_t{r.planned[k]});
        row.push_back(std::int64_t{r.held[k]});
      }
      row.push_back(std::int64_t{r.held_total});
      row.push_back(std::int64_t{r.expected_held});
      row.push_back(std::string(r.behind ? "ja" : "nee"));
      table.rows.push_back(std::move(row));
    }
    return table_response(table, format, "mentoring-op-koers", c.who().user.locale);
  });
}

}  // namespace

ApiModule mentoring_api() {
  return {"mentoring",
          [](Router& router) {
            router.add_scope("mentoring_run", scope_of_mentoring_run);
            add_public_routes(router);
            add_member_routes(router);
            add_staff_routes(router);
          },
          mentoring_openapi()};
}

}  // namespace sb::api
