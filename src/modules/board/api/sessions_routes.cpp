// The weekly board session: start, follow the agenda, close into a record.
#include <boost/json.hpp>

#include "modules/board/core/board_sessions.h"
#include "modules/board/api/board_json.h"
#include "modules/board/api/board_routes_support.h"
#include "server/api/json_io.h"
#include "modules/board/api/routes.h"

namespace sb::api {

namespace json = boost::json;

void add_sessions_routes(Router& router) {
  router.add("POST", "/api/v1/teams/{id}/session", {Access::scoped, Action::edit_board, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(total, read_session_start(body));
               // Attendance starts with who has the board open now: the live room knows (core does no I/O).
               const auto present = c.services.events.present(board_room(path_id(c)));
               // A session already running is answered with that session.
               return answer_or_conflict(start_board_session(c.services, c.who(), path_id(c), total, present), 201,
                                         [&] { return find_open_board_session_for(c.services, c.who(), path_id(c)); });
             });

  router.add("GET", "/api/v1/teams/{id}/sessions", {Access::scoped, Action::view_board, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(sessions, list_board_sessions(c.services, c.who(), path_id(c)));
               json::array out;
               for (const auto& s : sessions) {
                 out.push_back(json::object{{"id", s.id},
                                            {"started_at", iso_time(s.started_at)},
                                            {"closed_at", s.closed_at ? json::value(iso_time(*s.closed_at)) : json::value(nullptr)},
                                            {"attendee_count", s.attendee_count}});
               }
               return json_response(200, serialize(json::object{{"sessions", std::move(out)}}));
             });

  router.add("GET", "/api/v1/sessions/{id}", {Access::scoped, Action::view_board, "session"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(record, get_session_record(c.services, c.who(), path_id(c)));
               return json_response(200, serialize(to_json(record)));
             });

  router.add("PATCH", "/api/v1/sessions/{id}", {Access::scoped, Action::edit_board, "session"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(change, read_session_change(body));
               return answer_or_conflict(update_board_session(c.services, c.who(), path_id(c), change), 200,
                                         [&] { return find_board_session_for(c.services, c.who(), path_id(c)); });
             });

  router.add("POST", "/api/v1/sessions/{id}/close", {Access::scoped, Action::edit_board, "session"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(closing, read_session_close(body));
               return answer_or_conflict(close_board_session(c.services, c.who(), path_id(c), closing.version, closing.confirm_alone), 200,
                                         [&] { return find_board_session_for(c.services, c.who(), path_id(c)); });
             });
}

}  // namespace sb::api
