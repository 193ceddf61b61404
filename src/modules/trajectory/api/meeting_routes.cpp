#include "modules/trajectory/api/meeting_routes.h"

#include <boost/json.hpp>

#include "kernel/dates.h"
#include "modules/trajectory/api/trajectory_json.h"
#include "modules/trajectory/core/meeting_store.h"
#include "modules/trajectory/core/meetings.h"
#include "server/api/json_io.h"

namespace sb::api {
namespace {

namespace json = boost::json;

json::object meeting_json(const Meeting& m) {
  return {{"id", m.id},
          {"kind", to_string(m.kind)},
          {"school_id", m.school_id},
          {"school_name", m.school_name},
          {"address", m.address},
          {"starts_at", iso_time(m.starts_at)},
          {"ends_at", iso_time(m.ends_at)},
          {"date", amsterdam_date(m.starts_at)},
          {"start_time", amsterdam_clock_text(m.starts_at)},
          {"end_time", amsterdam_clock_text(m.ends_at)},
          {"capacity", m.capacity},
          {"taken", m.taken},
          {"places_left", meeting_places_left(m)},
          {"notes", m.notes}};
}

json::object attendee_json(const MeetingAttendee& a) {
  json::object out{{"id", a.id},          {"signup_id", a.signup_id}, {"name", a.name},
                   {"email", a.email},    {"school", a.school},       {"signed_up_at", iso_time(a.signed_up_at)}};
  out["attended"] = a.attended ? json::value(*a.attended) : json::value(nullptr);
  return out;
}

json::object with_attendees_json(const MeetingWithAttendees& m) {
  auto out = meeting_json(m.meeting);
  json::array people;
  for (const auto& a : m.attendees) people.push_back(attendee_json(a));
  out["attendees"] = std::move(people);
  return out;
}

json::object invitation_json(const FoundationInvitation& i) {
  return {{"id", i.id},
          {"school_id", i.school_id},
          {"school_name", i.school_name},
          {"invited_by", json::object{{"id", i.invited_by}, {"name", i.invited_by_name}, {"email", i.invited_by_email}}},
          {"message", i.message},
          {"created_at", iso_time(i.created_at)}};
}

http::Response meeting_list(const std::vector<Meeting>& list) {
  json::array out;
  for (const auto& m : list) out.push_back(meeting_json(m));
  return json_response(200, serialize(json::object{{"meetings", std::move(out)}}));
}

}  // namespace

void add_meeting_routes(Router& router) {
  // Meetings live on the platform: the id names a meeting that exists, or 404.
  router.add_scope("meeting", [](ReadTx& tx, Id id) -> Result<Scope> {
    if (!meetings(tx).find_meeting(id)) return std::unexpected(Error::not_found("Meeting not found."));
    return Scope::platform();
  });

  router.add("GET", "/api/v1/meetings", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    SB_TRY(list, upcoming_meetings(c.services));
    return meeting_list(list);
  });

  router.add("GET", "/api/v1/meetings/{id}", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    SB_TRY(meeting, public_meeting(c.services, path_id(c)));
    return json_response(200, serialize(meeting_json(meeting)));
  });

  router.add("POST", "/api/v1/meetings/{id}/signups", {Access::public_route}, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(input, read_meeting_signup(body));
    SB_TRY(group, sign_up_for_meeting(c.services, path_id(c), input));
    json::array people;
    for (const auto& person : group) people.push_back(json::object{{"name", person.name}, {"email", person.email}});
    return json_response(201, serialize(json::object{{"meeting_id", path_id(c)}, {"school", group.front().school},
                                                     {"people", std::move(people)}}));
  });

  const AccessRule staff{Access::scoped, Action::manage_trajectories};
  const AccessRule staff_meeting_rule{Access::scoped, Action::manage_trajectories, "meeting"};
  router.add("GET", "/api/v1/staff/meetings", staff, [](Context& c) -> Result<http::Response> {
    SB_TRY(list, staff_meetings(c.services, c.who()));
    return meeting_list(list);
  });

  router.add("POST", "/api/v1/staff/meetings", staff, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(input, read_meeting(body));
    SB_TRY(meeting, publish_meeting(c.services, c.who(), input));
    return json_response(201, serialize(meeting_json(meeting)));
  });

  router.add("GET", "/api/v1/staff/meetings/{id}", staff_meeting_rule, [](Context& c) -> Result<http::Response> {
    SB_TRY(found, staff_meeting(c.services, c.who(), path_id(c)));
    return json_response(200, serialize(with_attendees_json(found)));
  });

  router.add("PUT", "/api/v1/staff/meetings/{id}/attendance", staff_meeting_rule, [](Context& c) -> Result<http::Response> {
    SB_TRY(body, BodyReader::parse(c.request.body));
    SB_TRY(marks, read_attendance_marks(body));
    SB_TRY(found, record_meeting_attendance(c.services, c.who(), path_id(c), marks));
    return json_response(200, serialize(with_attendees_json(found)));
  });

  router.add("GET", "/api/v1/staff/foundation-invitations", staff, [](Context& c) -> Result<http::Response> {
    SB_TRY(list, foundation_invitations(c.services, c.who()));
    json::array out;
    for (const auto& i : list) out.push_back(invitation_json(i));
    return json_response(200, serialize(json::object{{"invitations", std::move(out)}}));
  });

  router.add("POST", "/api/v1/schools/{id}/foundation-invitations", {Access::scoped, Action::manage_school, "school"},
             [](Context& c) -> Result<http::Response> {
               SB_TRY(body, BodyReader::parse(c.request.body));
               SB_TRY(message, read_foundation_message(body));
               SB_TRY(invitation, invite_foundation(c.services, c.who(), path_id(c), message));
               return json_response(201, serialize(invitation_json(invitation)));
             });
}

}  // namespace sb::api
