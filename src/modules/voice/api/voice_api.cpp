#include "modules/voice/api/voice_api.h"

#include <boost/json.hpp>

#include <algorithm>
#include <charconv>

#include "modules/voice/api/voice_json.h"
#include "server/api/qr_svg.h"
#include "modules/voice/core/rounds.h"
#include "modules/voice/core/templates.h"
#include "kernel/validation.h"
#include "server/api/json_io.h"

namespace sb::api {

std::string_view voice_openapi();  // generated from openapi.json

namespace {

namespace json = boost::json;

json::array questions_json(const std::vector<Question>& questions) {
  json::array out;
  for (const auto& q : questions) out.push_back(json::object{{"kind", to_string(q.kind)}, {"text", q.text}});
  return out;
}

json::value time_or_null(const std::optional<UnixTime>& t) { return t ? json::value(iso_time(*t)) : json::value(nullptr); }

// A round as its teacher sees it; `mine` false leaves out what only she may see (code, hidden words).
json::object round_json(const VoiceRound& r, UnixTime now, bool mine = true) {
  json::object out{{"id", r.id},
                   {"team_id", r.team_id},
                   {"title", r.title},
                   {"level", to_string(r.level)},
                   {"scale_points", scale_points(r.level)},
                   {"questions", questions_json(r.questions)},
                   {"class_size", r.class_size},
                   {"min_answers", r.min_answers},
                   {"opened_at", iso_time(r.opened_at)},
                   {"closes_at", iso_time(r.closes_at)},
                   {"closed_at", time_or_null(r.closed_at)},
                   {"open", is_open(r, now)},
                   {"keep_until", iso_time(r.keep_until)},
                   {"shared", r.shared},
                   {"answers", r.answers},
                   {"lesson_design_id", r.lesson_design_id ? json::value(*r.lesson_design_id) : json::value(nullptr)}};
  if (mine) {
    out["code"] = r.code;
    json::array words;
    for (const auto& w : r.hidden_words) words.push_back(json::value(w));
    out["hidden_words"] = std::move(words);
  }
  return out;
}

// The open answers only for the round's teacher (`mine`).
json::object results_json(const RoundResults& results, bool mine) {
  json::array questions;
  for (const auto& q : results.questions) {
    json::object item{{"question", q.question}, {"kind", to_string(q.kind)}, {"text", q.text}, {"answered", q.answered}};
    if (q.kind == QuestionKind::scale) {
      json::array counts;
      for (int c : q.counts) counts.push_back(c);
      item["counts"] = std::move(counts);
      item["average"] = q.average ? json::value(*q.average) : json::value(nullptr);
    } else if (mine) {
      json::array texts;
      for (const auto& t : q.open_answers) texts.push_back(json::value(t));
      item["open_answers"] = std::move(texts);
    }
    questions.push_back(std::move(item));
  }
  return {{"answers", results.answers}, {"min_answers", results.min_answers}, {"visible", results.visible},
          {"questions", std::move(questions)}};
}

// What a student's phone needs: the title and the questions, nothing about the teacher or the class.
json::object student_round_json(const VoiceRound& r) {
  return {{"title", r.title}, {"level", to_string(r.level)}, {"scale_points", scale_points(r.level)},
          {"questions", questions_json(r.questions)}, {"closes_at", iso_time(r.closes_at)}};
}

std::string student_link(const Services& s, const VoiceRound& r) { return s.public_base_url + "/s#" + r.code; }

void add_teacher_routes(Router& router) {
  router.add("GET", "/api/v1/voice/templates", {Access::signed_in}, [](Context&) -> Result<http::Response> {
    json::array out;
    for (const auto& t : round_templates()) {
      out.push_back(json::object{{"key", t.key}, {"level", to_string(t.level)}, {"name", t.name},
                                 {"questions", questions_json(t.questions)}});
    }
    return json_response(200, serialize(json::object{{"templates", std::move(out)}}));
  });

  router.add("GET", "/api/v1/teams/{id}/voice/rounds", {Access::scoped, Action::run_voice_rounds, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(rounds, my_rounds(c.services, c.who(), path_id(c)));
               const UnixTime now = c.services.clock.now();
               json::array out;
               for (const auto& r : rounds) out.push_back(round_json(r, now));
               return json_response(200, serialize(json::object{{"rounds", std::move(out)}}));
             });

  router.add("POST", "/api/v1/teams/{id}/voice/rounds", {Access::scoped, Action::run_voice_rounds, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_new_voice_round(body));
               SB_TRY(round, open_round(c.services, c.who(), path_id(c), input));
               auto out = round_json(round, c.services.clock.now());
               out["link"] = student_link(c.services, round);
               return json_response(201, serialize(out));
             });

  router.add("GET", "/api/v1/voice/rounds/{id}", {Access::scoped, Action::view_voice_round, "voice_round"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(view, view_round(c.services, c.who(), path_id(c)));
               auto out = round_json(view.round, c.services.clock.now(), view.mine);
               if (view.mine) out["link"] = student_link(c.services, view.round);
               out["mine"] = view.mine;
               out["results"] = results_json(view.results, view.mine);
               auto response = json_response(200, serialize(out));
               response.set_header("Cache-Control", "no-store");
               return response;
             });

  // Next to a lesson visit: the rounds about its design whose results the caller may see, and only when she may
  // see the visit's notes too (the use case decides; the gate lets the team and its leadership in).
  router.add("GET", "/api/v1/lesson-visits/{id}/voice-results", {Access::scoped, Action::view_voice_round, "lesson_visit"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(views, voice_for_lesson_visit(c.services, c.who(), path_id(c)));
               const auto now = c.services.clock.now();
               json::array rounds;
               for (const auto& view : views) {
                 auto out = round_json(view.round, now, false);
                 out["mine"] = view.mine;
                 out["results"] = results_json(view.results, false);
                 rounds.push_back(std::move(out));
               }
               auto response = json_response(200, serialize(json::object{{"rounds", std::move(rounds)}}));
               response.set_header("Cache-Control", "no-store");
               return response;
             });

  router.add("GET", "/api/v1/voice/rounds/{id}/qr.svg", {Access::scoped, Action::run_voice_rounds, "voice_round"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(view, view_round(c.services, c.who(), path_id(c)));
               if (!view.mine) return std::unexpected(Error::not_found("No such round."));
               SB_TRY(svg, qr_svg(student_link(c.services, view.round)));
               http::Response response;
               response.content_type = "image/svg+xml";
               response.body = std::move(svg);
               response.set_header("Cache-Control", "no-store");
               return response;
             });

  router.add("GET", "/api/v1/voice/rounds/{id}/trend", {Access::scoped, Action::run_voice_rounds, "voice_round"},
             [](Context& c) -> Result<http::Response> {
               auto it = c.request.query.find("question");
               int index = -1;
               if (it != c.request.query.end()) {
                 const auto& text = it->second;
                 auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), index);
                 if (problem != std::errc() || end != text.data() + text.size()) index = -1;
               }
               if (index < 0) return std::unexpected(Error::invalid("question", "Name the question: ?question=N (from 0)."));
               SB_TRY(points, question_trend(c.services, c.who(), path_id(c), index));
               json::array out;
               for (const auto& p : points) {
                 out.push_back(json::object{{"round_id", p.round_id}, {"title", p.title},
                                            {"opened_at", iso_time(p.opened_at)}, {"average", p.average}});
               }
               return json_response(200, serialize(json::object{{"points", std::move(out)}}));
             });

  router.add("POST", "/api/v1/voice/rounds/{id}/close", {Access::scoped, Action::run_voice_rounds, "voice_round"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(round, close_round(c.services, c.who(), path_id(c)));
               return json_response(200, serialize(round_json(round, c.services.clock.now())));
             });

  router.add("DELETE", "/api/v1/voice/rounds/{id}", {Access::scoped, Action::run_voice_rounds, "voice_round"},
             [](Context& c) -> Result<http::Response> {
               SB_CHECK(delete_round(c.services, c.who(), path_id(c)));
               return no_content();
             });

  router.add("PUT", "/api/v1/voice/rounds/{id}/sharing", {Access::scoped, Action::run_voice_rounds, "voice_round"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(shared, read_voice_share(body));
               SB_TRY(round, share_round(c.services, c.who(), path_id(c), shared));
               return json_response(200, serialize(round_json(round, c.services.clock.now())));
             });

  router.add("PUT", "/api/v1/voice/rounds/{id}/hidden-words",
             {Access::scoped, Action::run_voice_rounds, "voice_round"}, [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(words, read_hidden_words(body));
               SB_TRY(round, hide_words_in_round(c.services, c.who(), path_id(c), words));
               return json_response(200, serialize(round_json(round, c.services.clock.now())));
             });

  router.add("GET", "/api/v1/schools/{id}/voice", {Access::scoped, Action::view_voice_overview, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(overview, school_voice(c.services, c.who(), path_id(c)));
               const UnixTime now = c.services.clock.now();
               json::array teams;
               for (const auto& t : overview.per_team) teams.push_back(json::object{{"team_id", t.team_id}, {"team_name", t.team_name}, {"rounds", t.rounds}});
               json::array shared;
               for (const auto& r : overview.shared) shared.push_back(round_json(r, now, false));
               return json_response(200, serialize(json::object{{"teams", std::move(teams)}, {"shared", std::move(shared)}}));
             });
}

void add_student_routes(Router& router) {
  router.add("POST", "/api/v1/voice/lookup", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(code, read_voice_code(body));
    SB_TRY(round, find_round_by_code(c.services, code, c.request.client_address));
    auto response = json_response(200, serialize(student_round_json(round)));
    response.set_header("Cache-Control", "no-store");
    return response;
  });

  router.add("POST", "/api/v1/voice/answers", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(sent, read_student_answers(body));
    SB_CHECK(submit_answers(c.services, sent.code, sent.device_token, std::move(sent.answers), c.request.client_address));
    return no_content();
  });
}

}  // namespace

ApiModule voice_api() {
  return {"voice",
          [](Router& router) {
            router.add_scope("voice_round", scope_of_round);
            add_teacher_routes(router);
            add_student_routes(router);
          },
          voice_openapi()};
}

}  // namespace sb::api
