#include "modules/board/api/board_api.h"

#include <boost/json.hpp>

#include "modules/board/api/board_json.h"
#include "modules/board/api/routes.h"
#include "modules/board/core/board.h"
#include "modules/board/core/board_state.h"
#include "modules/board/core/goals.h"
#include "kernel/event_arrivals.h"

namespace sb::api {

std::string_view board_openapi();  // generated from openapi.json

namespace {

// Hands each committed board event to its board's live room, and each change
// to a school's obstacles to that school's leadership room; the room renders
// it once, off the writer.
class LiveBoardEvents final : public BoardEventSink {
 public:
  explicit LiveBoardEvents(EventSink& rooms) : rooms_(rooms) {}
  void publish(const BoardEvent& event) override {
    rooms_.publish(board_room(event.team_id), event.seq, [event] {
      return boost::json::serialize(
          boost::json::object{{"type", "event"}, {"seq", event.seq}, {"event", event_json(event.change)}});
    });
  }
  void publish(const LeadershipEvent& event) override {
    rooms_.publish(obstacles_room(event.school_id), event.seq, [event] {
      return boost::json::serialize(
          boost::json::object{{"type", "event"}, {"seq", event.seq}, {"event", event_json(event.change)}});
    });
  }

 private:
  EventSink& rooms_;
};

}  // namespace

ApiModule board_api() {
  return {"board",
          [](Router& router) {
            board_state(router.services()).events = std::make_shared<LiveBoardEvents>(router.services().events);
            // With several processes, a board changed through another one: its cached JSON here is stale.
            if (auto* arrivals = router.services().modules.get<EventArrivalsSlot>().arrivals) {
              auto& sequences = board_state(router.services()).sequences;
              arrivals->watch(board_room(0).kind,
                              {[&sequences](Id team_id, std::int64_t seq) { sequences.advance(team_id, seq); },
                               [&sequences](std::optional<Id> team_id) {
                                 team_id ? sequences.forget(*team_id) : sequences.forget_all();
                               }});
            }
            router.add_scope("item", scope_of_item);
            router.add_scope("goal", scope_of_goal);
            router.add_scope("cycle", scope_of_cycle);
            router.add_scope("session", scope_of_board_session);
            router.add_scope("ambition", scope_of_ambition);
            add_board_routes(router);
            add_goals_routes(router);
            add_sessions_routes(router);
            add_my_work_routes(router);
          },
          board_openapi()};
}

}  // namespace sb::api
