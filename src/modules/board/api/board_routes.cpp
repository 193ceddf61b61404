// The team board: reading it whole, its items (actions, successes, obstacles,
// ideas, agreements) and the obstacles handed to the school leadership.
#include <boost/json.hpp>

#include <memory>
#include <mutex>
#include <unordered_map>

#include "modules/board/core/rules.h"
#include "modules/board/core/board.h"
#include "modules/board/core/board_state.h"
#include "modules/board/api/board_json.h"
#include "modules/board/api/board_routes_support.h"
#include "server/api/json_io.h"
#include "modules/board/api/routes.h"
#include "server/http/listener.h"

namespace sb::api {

namespace json = boost::json;

namespace {

// The item of the path as it is now, for a refusal (see answer_or_conflict).
auto current_item(Context& c) {
  return [&c] { return find_item_for(c.services, c.who(), path_id(c)); };
}

// The serialised board of each team, reused while nothing on it changed: every
// change takes a new sequence number, every change to the people and names
// around it a new organisation generation, and a new day may change which
// cycle is current. A board screen reloading costs a few small reads.
class BoardJsonCache {
 public:
  struct Key {
    std::int64_t seq;
    std::uint64_t generation;
    std::string day;
    bool operator==(const Key&) const = default;
  };
  std::shared_ptr<const std::string> find(Id team_id, const Key& key) {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(team_id);
    if (it == entries_.end() || !(it->second.key == key)) return nullptr;
    return it->second.json;
  }
  std::shared_ptr<const std::string> put(Id team_id, Key key, std::string json) {
    auto shared = std::make_shared<const std::string>(std::move(json));
    std::lock_guard lock(mutex_);
    if (entries_.size() > 10'000) entries_.clear();
    entries_[team_id] = {std::move(key), shared};
    return shared;
  }

 private:
  struct Entry {
    Key key;
    std::shared_ptr<const std::string> json;
  };
  std::mutex mutex_;
  std::unordered_map<Id, Entry> entries_;
};

BoardJsonCache& board_cache() {
  static BoardJsonCache cache;
  return cache;
}

}  // namespace

void add_board_routes(Router& router) {
  router.add("GET", "/api/v1/teams/{id}/board", {Access::scoped, Action::view_board, "team"},
             [](Context& c) -> Result<http::Response> {
               const Id team_id = path_id(c);
               // The generation is read before the board: a change in between makes the entry stale, never wrong.
               const auto generation = c.services.principals.generation();
               const auto day = date_of(c.services.clock.now());
               // The gate has checked view_board for this team; the committed sequence is known in memory
               // after the first read, so a board that did not change is answered without a query.
               auto known = board_state(c.services).sequences.find(team_id);
               if (!known) {
                 SB_TRY(seq, board_sequence(c.services, c.who(), team_id));
                 known = seq;
               }
               auto cached = board_cache().find(team_id, {*known, generation, day});
               if (!cached) {
                 SB_TRY(board, get_board(c.services, c.who(), team_id));
                 board_state(c.services).sequences.advance(team_id, board.seq);
                 cached = board_cache().put(team_id, {board.seq, generation, day}, serialize(to_json(board)));
               }
               auto response = json_response(200, {});
               response.share_body(std::move(cached));
               return response;
             });

  // The live channel. The gate has admitted the caller; an upgrade request gets
  // the 101 that tells the listener to open the WebSocket (see listener.h).
  router.add("GET", "/api/v1/teams/{id}/board/live", {Access::scoped, Action::view_board, "team"},
             [](Context& c) -> Result<http::Response> {
               return live_admission(c, board_room(path_id(c)),
                                     [&] { return board_sequence(c.services, c.who(), path_id(c)); });
             });

  // The school's obstacles for its leadership, live: only those who answer them
  // (manage_team in the school: its school leaders) follow the room.
  router.add("GET", "/api/v1/schools/{id}/obstacles/live", {Access::scoped, Action::manage_team, "school"},
             [](Context& c) -> Result<http::Response> {
               return live_admission(c, obstacles_room(path_id(c)),
                                     [&] { return leadership_sequence(c.services, path_id(c)); });
             });

  router.add("POST", "/api/v1/teams/{id}/items", {Access::scoped, Action::edit_board, "team"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(input, read_new_item(body));
               SB_TRY(item, create_item(c.services, c.who(), path_id(c), input));
               return json_response(201, serialize(to_json(item)));
             });

  router.add("PATCH", "/api/v1/items/{id}", {Access::scoped, Action::edit_board, "item"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(change, read_item_change(body));
               return answer_or_conflict(update_item(c.services, c.who(), path_id(c), change), 200, current_item(c));
             });

  router.add("POST", "/api/v1/items/{id}/move", {Access::scoped, Action::edit_board, "item"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(move, read_item_move(body));
               return answer_or_conflict(move_item(c.services, c.who(), path_id(c), move.status, move.position, move.version), 200,
                                         current_item(c));
             });

  router.add("DELETE", "/api/v1/items/{id}", {Access::scoped, Action::edit_board, "item"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(version, query_version(c));
               return answer_or_conflict(delete_item(c.services, c.who(), path_id(c), version), 204, current_item(c));
             });

  router.add("POST", "/api/v1/items/{id}/to-leadership", {Access::scoped, Action::edit_board, "item"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(version, read_version_only(body));
               return answer_or_conflict(hand_to_leadership(c.services, c.who(), path_id(c), version), 200, current_item(c));
             });

  router.add("POST", "/api/v1/items/{id}/leadership-reply", {Access::scoped, Action::manage_team, "item"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(reply, read_leadership_reply(body));
               return answer_or_conflict(
                   answer_obstacle(c.services, c.who(), path_id(c), reply.reply, reply.resolve, reply.version), 200,
                   current_item(c));
             });

  router.add("POST", "/api/v1/items/{id}/leadership-action", {Access::scoped, Action::manage_team, "item"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(action, read_leadership_action(body));
               // Answered with the new action; a refusal carries the obstacle.
               return answer_or_conflict(
                   take_obstacle_as_action(c.services, c.who(), path_id(c), action.text, action.due_on, action.version), 201,
                                         current_item(c));
             });

  router.add("POST", "/api/v1/items/{id}/resolve", {Access::scoped, Action::edit_board, "item"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(version, read_version_only(body));
               return answer_or_conflict(resolve_obstacle(c.services, c.who(), path_id(c), version), 200, current_item(c));
             });

  router.add("GET", "/api/v1/obstacles", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    SB_TRY(obstacles, list_leadership_obstacles(c.services, c.who()));
    json::array out;
    for (const auto& o : obstacles) out.push_back(to_json(o));
    return json_response(200, serialize(json::object{{"obstacles", std::move(out)}}));
  });
}

}  // namespace sb::api
