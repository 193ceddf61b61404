#include "modules/programmes/api/assignment_routes.h"

#include <boost/json.hpp>

#include "modules/programmes/api/programme_json.h"
#include "modules/programmes/core/assignments.h"
#include "modules/programmes/core/assignments_store.h"

namespace sb::api {
namespace {

namespace json = boost::json;

http::Response json_of(int status, const json::value& value) { return json_response(status, api::serialize(value)); }

// The hand-in with the late mark of its assignment.
Result<json::object> hand_in_out(Services& s, const HandIn& h) {
  return read_value<json::object>(s.store, [&](ReadTx& tx) -> Result<json::object> {
    auto a = assignments(tx).find_assignment(h.assignment_id);
    if (!a) return std::unexpected(Error::not_found("No such assignment."));
    return hand_in_json(h, *a);
  });
}

void add_participant_routes(Router& router) {
  router.add("PUT", "/api/v1/programme-assignments/{id}/hand-in", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    auto id = parse_id(c.params.front());
    if (!id) return std::unexpected(Error::not_found("No such assignment."));
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(text, read_hand_in_text(body));
    SB_TRY(work, hand_in(c.services, c.who(), *id, text));
    SB_TRY(out, hand_in_out(c.services, work));
    return json_of(200, out);
  });

  router.add("GET", "/api/v1/programme-hand-ins/{id}", {Access::signed_in}, [](Context& c) -> Result<http::Response> {
    auto id = parse_id(c.params.front());
    if (!id) return std::unexpected(Error::not_found("No such hand-in."));
    SB_TRY(work, find_hand_in(c.services, c.who(), *id));
    SB_TRY(out, hand_in_out(c.services, work));
    return json_of(200, out);
  });
}

void add_staff_routes(Router& router) {
  const AccessRule on_round{Access::scoped, Action::manage_programmes, "programme_round"};
  const AccessRule on_assignment{Access::scoped, Action::manage_programmes, "programme_assignment"};
  const AccessRule on_hand_in{Access::scoped, Action::manage_programmes, "programme_hand_in"};

  router.add("GET", "/api/v1/staff/programme-rounds/{id}/assignments", on_round, [](Context& c) -> Result<http::Response> {
    SB_TRY(overview, round_assignments(c.services, c.who(), path_id(c)));
    json::array list;
    for (const auto& o : overview.assignments) {
      json::array lines;
      int handed_in = 0, accepted = 0, waiting = 0;
      for (const auto& line : o.lines) {
        if (line.hand_in) ++handed_in;
        if (line.state == AssignmentState::accepted) ++accepted;
        if (line.state == AssignmentState::submitted || line.state == AssignmentState::submitted_late) ++waiting;
        lines.push_back(json::object{
            {"enrolment_id", line.enrolment.id},
            {"user_name", line.enrolment.user_name},
            {"user_email", line.enrolment.user_email},
            {"bestuur_name", line.enrolment.bestuur_name},
            {"state", to_string(line.state)},
            {"hand_in", line.hand_in ? json::value(hand_in_json(*line.hand_in, o.assignment)) : json::value(nullptr)}});
      }
      auto entry = assignment_json(o.assignment);
      entry["lines"] = std::move(lines);
      entry["counts"] = json::object{{"participants", o.lines.size()}, {"handed_in", handed_in}, {"accepted", accepted},
                                     {"waiting", waiting}};
      list.push_back(std::move(entry));
    }
    const auto now = c.services.clock.now();
    return json_of(200, json::object{{"programme", programme_json(overview.programme)},
                                     {"round", round_json(overview.round, now)},
                                     {"assignments", std::move(list)}});
  });

  router.add("POST", "/api/v1/staff/programme-rounds/{id}/assignments", on_round, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(assignment, read_assignment(body));
    assignment.round_id = path_id(c);
    SB_TRY(created, create_assignment(c.services, c.who(), assignment));
    return json_of(201, assignment_json(created));
  });

  router.add("PUT", "/api/v1/staff/programme-assignments/{id}", on_assignment, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(assignment, read_assignment(body));
    assignment.id = path_id(c);
    SB_TRY(updated, update_assignment(c.services, c.who(), assignment));
    return json_of(200, assignment_json(updated));
  });

  router.add("DELETE", "/api/v1/staff/programme-assignments/{id}", on_assignment, [](Context& c) -> Result<http::Response> {
    SB_CHECK(delete_assignment(c.services, c.who(), path_id(c)));
    return no_content();
  });

  router.add("POST", "/api/v1/staff/programme-hand-ins/{id}/review", on_hand_in, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(review, read_review(body, path_id(c)));
    SB_TRY(work, review_hand_in(c.services, c.who(), review));
    SB_TRY(out, hand_in_out(c.services, work));
    return json_of(200, out);
  });
}

}  // namespace

void add_assignment_routes(Router& router) {
  add_participant_routes(router);
  add_staff_routes(router);
}

}  // namespace sb::api
