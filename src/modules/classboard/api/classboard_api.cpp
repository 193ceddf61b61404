#include "modules/classboard/api/classboard_api.h"

#include <boost/json.hpp>

#include <algorithm>

#include "modules/classboard/api/classboard_json.h"
#include "modules/classboard/core/class_boards.h"
#include "modules/classboard/core/live.h"
#include "server/api/json_io.h"
#include "server/api/live_admission.h"
#include "server/api/qr_svg.h"

namespace sb::api {

std::string_view classboard_openapi();  // generated from openapi.json

namespace {

namespace json = boost::json;

// The board as every screen may show it; the class code is for the class, so screens show it too.
json::object board_json(const ClassBoard& b) {
  return {{"id", b.id},
          {"team_id", b.team_id},
          {"class_name", b.class_name},
          {"goal", b.goal},
          {"measure_kind", to_string(b.measure_kind)},
          {"measure_label", b.measure_label},
          {"code", b.code},
          {"code_expires_at", iso_time(b.code_expires_at)},
          {"display_link", b.display_link},
          {"seq", b.seq}};
}

json::object item_json(const ClassItem& i) {
  return {{"id", i.id}, {"board_id", i.board_id}, {"kind", to_string(i.kind)}, {"text", i.text}, {"done", i.done}};
}

json::object idea_json(const ClassIdea& i) { return {{"id", i.id}, {"text", i.text}, {"approved", i.approved}}; }

json::object measurement_json(const ClassMeasurement& m) { return {{"week", m.week}, {"value", m.value}}; }

json::object view_json(const ClassBoardView& v) {
  json::array items, ideas, measurements;
  for (const auto& i : v.items) items.push_back(item_json(i));
  for (const auto& i : v.ideas) ideas.push_back(idea_json(i));
  for (const auto& m : v.measurements) measurements.push_back(measurement_json(m));
  json::value session = nullptr;
  if (v.session) session = json::object{{"started_at", iso_time(v.session->started_at)}, {"ends_at", iso_time(v.session->ends_at)}};
  return {{"board", board_json(v.board)}, {"items", std::move(items)}, {"ideas", std::move(ideas)},
          {"measurements", std::move(measurements)}, {"pending_ideas", v.pending_ideas}, {"session", std::move(session)}};
}

std::string_view grant_name(ScreenGrant grant) { return grant == ScreenGrant::session ? "session" : "display"; }

std::string idea_link(const Services& s, const ClassBoard& b) { return s.public_base_url + "/k#" + b.code; }

http::Response svg_response(std::string svg) {
  http::Response response;
  response.content_type = "image/svg+xml";
  response.body = std::move(svg);
  response.set_header("Cache-Control", "no-store");
  return response;
}

http::Response private_json(int status, const json::object& body) {
  auto response = json_response(status, serialize(body));
  response.set_header("Cache-Control", "no-store");
  return response;
}

Result<Id> second_id(const Context& c) {
  auto id = c.params.size() > 1 ? parse_id(c.params[1]) : std::nullopt;
  if (!id) return std::unexpected(Error::not_found("No such card."));
  return *id;
}

void add_teacher_routes(Router& router) {
  router.add("GET", "/api/v1/teams/{id}/classboards", {Access::scoped, Action::run_class_boards, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(boards, my_class_boards(c.services, c.who(), path_id(c)));
               json::array out;
               for (const auto& b : boards) out.push_back(board_json(b));
               return json_response(200, serialize(json::object{{"boards", std::move(out)}}));
             });

  router.add("POST", "/api/v1/teams/{id}/classboards", {Access::scoped, Action::run_class_boards, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_new_class_board(body));
               SB_TRY(board, create_class_board(c.services, c.who(), path_id(c), input));
               return json_response(201, serialize(board_json(board)));
             });

  router.add("GET", "/api/v1/classboards/{id}", {Access::scoped, Action::run_class_boards, "classboard"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(view, view_class_board(c.services, c.who(), path_id(c)));
               auto out = view_json(view);
               out["idea_link"] = idea_link(c.services, view.board);
               return private_json(200, out);
             });

  router.add("PATCH", "/api/v1/classboards/{id}", {Access::scoped, Action::run_class_boards, "classboard"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(edit, read_class_board_edit(body));
               SB_TRY(board, edit_class_board(c.services, c.who(), path_id(c), edit));
               return json_response(200, serialize(board_json(board)));
             });

  router.add("DELETE", "/api/v1/classboards/{id}", {Access::scoped, Action::run_class_boards, "classboard"},
             [](Context& c) -> Result<http::Response> {
               SB_CHECK(delete_class_board(c.services, c.who(), path_id(c)));
               return no_content();
             });

  router.add("GET", "/api/v1/classboards/{id}/live", {Access::scoped, Action::run_class_boards, "classboard"},
             [](Context& c) -> Result<http::Response> {
               return live_admission(c, class_board_room(path_id(c)),
                                     [&] { return class_board_seq(c.services, c.who(), path_id(c)); });
             });

  router.add("GET", "/api/v1/classboards/{id}/qr.svg", {Access::scoped, Action::run_class_boards, "classboard"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(view, view_class_board(c.services, c.who(), path_id(c)));
               SB_TRY(svg, qr_svg(idea_link(c.services, view.board)));
               return svg_response(std::move(svg));
             });

  router.add("POST", "/api/v1/classboards/{id}/items", {Access::scoped, Action::run_class_boards, "classboard"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(card, read_class_card(body));
               SB_TRY(item, add_class_item(c.services, c.who(), path_id(c), card.kind, card.text));
               return json_response(201, serialize(item_json(item)));
             });

  router.add("PATCH", "/api/v1/classboard-items/{id}", {Access::scoped, Action::run_class_boards, "classboard_item"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(change, read_class_card_change(body));
               SB_TRY(item, change_class_item(c.services, c.who(), path_id(c), change.text, change.done));
               return json_response(200, serialize(item_json(item)));
             });

  router.add("DELETE", "/api/v1/classboard-items/{id}", {Access::scoped, Action::run_class_boards, "classboard_item"},
             [](Context& c) -> Result<http::Response> {
               SB_CHECK(remove_class_item(c.services, c.who(), path_id(c)));
               return no_content();
             });

  router.add("PUT", "/api/v1/classboards/{id}/measurements/{week}", {Access::scoped, Action::run_class_boards, "classboard"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(value, read_class_measurement(body));
               SB_TRY(measurement, record_class_measurement(c.services, c.who(), path_id(c), c.params.at(1), value));
               return json_response(200, serialize(measurement_json(measurement)));
             });

  router.add("POST", "/api/v1/classboard-ideas/{id}/approve", {Access::scoped, Action::run_class_boards, "classboard_idea"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(idea, approve_class_idea(c.services, c.who(), path_id(c)));
               return json_response(200, serialize(idea_json(idea)));
             });

  router.add("DELETE", "/api/v1/classboard-ideas/{id}", {Access::scoped, Action::run_class_boards, "classboard_idea"},
             [](Context& c) -> Result<http::Response> {
               SB_CHECK(reject_class_idea(c.services, c.who(), path_id(c)));
               return no_content();
             });

  router.add("POST", "/api/v1/classboards/{id}/code", {Access::scoped, Action::run_class_boards, "classboard"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(board, renew_class_code(c.services, c.who(), path_id(c)));
               return json_response(200, serialize(board_json(board)));
             });

  router.add("POST", "/api/v1/classboards/{id}/display-link", {Access::scoped, Action::run_class_boards, "classboard"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(token, make_class_display_link(c.services, c.who(), path_id(c)));
               return private_json(201, json::object{{"link", c.services.public_base_url + "/klassenbord/scherm#" + token}});
             });

  router.add("DELETE", "/api/v1/classboards/{id}/display-link", {Access::scoped, Action::run_class_boards, "classboard"},
             [](Context& c) -> Result<http::Response> {
               SB_CHECK(revoke_class_display_link(c.services, c.who(), path_id(c)));
               return no_content();
             });

  router.add("POST", "/api/v1/classboards/{id}/session", {Access::scoped, Action::run_class_boards, "classboard"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(length, read_class_session_start(body));
               SB_TRY(started, start_class_session(c.services, c.who(), path_id(c), length));
               return private_json(201, json::object{{"link", c.services.public_base_url + "/klassenbord/scherm#" + started.token},
                                                     {"token", started.token},
                                                     {"ends_at", iso_time(started.session.ends_at)}});
             });

  router.add("DELETE", "/api/v1/classboards/{id}/session", {Access::scoped, Action::run_class_boards, "classboard"},
             [](Context& c) -> Result<http::Response> {
               SB_CHECK(end_class_session(c.services, c.who(), path_id(c)));
               return no_content();
             });

  router.add("GET", "/api/v1/schools/{id}/classboards", {Access::scoped, Action::view_class_board_overview, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(per_team, school_class_boards(c.services, c.who(), path_id(c)));
               json::array teams;
               for (const auto& t : per_team) {
                 teams.push_back(json::object{{"team_id", t.team_id}, {"team_name", t.team_name}, {"boards", t.boards}});
               }
               return json_response(200, serialize(json::object{{"teams", std::move(teams)}}));
             });
}

// The classroom screens: the token in the path is a display link's (reads) or a session's (also operates);
// kernel/policy.h authorize_screen decides, in the use cases.
void add_screen_routes(Router& router) {
  router.add("GET", "/api/v1/classboard-screens/{token}", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    SB_TRY(screen, view_class_screen(c.services, c.params.at(0)));
    auto out = view_json(screen.view);
    out["mode"] = grant_name(screen.grant);
    out["idea_link"] = idea_link(c.services, screen.view.board);
    return private_json(200, out);
  });

  router.add("GET", "/api/v1/classboard-screens/{token}/live", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    SB_TRY(screen, view_class_screen(c.services, c.params.at(0)));
    // A session's screen closes when the session ends by itself; a display link has no end.
    const UnixTime until = screen.grant == ScreenGrant::session && screen.view.session ? screen.view.session->ends_at : 0;
    return live_admission(c, class_board_room(screen.view.board.id),
                          [&] { return class_screen_seq(c.services, c.params.at(0)); }, until);
  });

  router.add("GET", "/api/v1/classboard-screens/{token}/qr.svg", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    SB_TRY(screen, view_class_screen(c.services, c.params.at(0)));
    SB_TRY(svg, qr_svg(idea_link(c.services, screen.view.board)));
    return svg_response(std::move(svg));
  });

  router.add("POST", "/api/v1/classboard-screens/{token}/items", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(card, read_class_card(body));
    SB_TRY(item, screen_add_class_item(c.services, c.params.at(0), card.kind, card.text));
    return json_response(201, serialize(item_json(item)));
  });

  router.add("PATCH", "/api/v1/classboard-screens/{token}/items/{item}", {Access::public_route},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(done, read_class_card_done(body));
               SB_TRY(item_id, second_id(c));
               SB_TRY(item, screen_set_class_item_done(c.services, c.params.at(0), item_id, done));
               return json_response(200, serialize(item_json(item)));
             });

  router.add("PUT", "/api/v1/classboard-screens/{token}/measurements/{week}", {Access::public_route},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(value, read_class_measurement(body));
               SB_TRY(measurement, screen_record_class_measurement(c.services, c.params.at(0), c.params.at(1), value));
               return json_response(200, serialize(measurement_json(measurement)));
             });
}

void add_student_routes(Router& router) {
  router.add("POST", "/api/v1/classboard-ideas/lookup", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(code, read_class_code(body));
    SB_TRY(class_name, class_for_code(c.services, code, c.request.client_address));
    return private_json(200, json::object{{"class_name", class_name}});
  });

  router.add("POST", "/api/v1/classboard-ideas", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(idea, read_class_idea(body));
    SB_CHECK(send_class_idea(c.services, idea.code, idea.text, c.request.client_address));
    return no_content();
  });
}

}  // namespace

ApiModule classboard_api() {
  return {"classboard",
          [](Router& router) {
            router.services().modules.get<ClassBoardLive>().render = [](std::int64_t seq, const ClassBoardView& view) {
              return json::serialize(json::object{{"type", "event"}, {"seq", seq}, {"event", view_json(view)}});
            };
            router.add_scope("classboard", scope_of_class_board);
            router.add_scope("classboard_item", scope_of_class_item);
            router.add_scope("classboard_idea", scope_of_class_idea);
            add_teacher_routes(router);
            add_screen_routes(router);
            add_student_routes(router);
          },
          classboard_openapi()};
}

}  // namespace sb::api
