#include "modules/organisation/api/organisation_json.h"

#include <boost/json.hpp>

#include "server/api/json_io.h"

namespace sb::api {

namespace json = boost::json;

json::object to_json(const Bestuur& bestuur) { return {{"id", bestuur.id}, {"name", bestuur.name}}; }

json::object to_json(const School& school, std::string_view bestuur_name) {
  return {{"id", school.id},         {"bestuur_id", school.bestuur_id}, {"bestuur_name", bestuur_name},
          {"name", school.name},     {"sector", to_string(school.sector)}, {"brin", school.brin},
          {"region", to_string(school.region)}};
}

json::object to_json(const Team& team) {
  return {{"id", team.id}, {"school_id", team.school_id}, {"name", team.name}};
}

json::object to_json(const InvitationView& v) {
  const auto& i = v.invitation;
  return {{"id", i.id},
          {"email", i.email},
          {"role", to_string(i.role)},
          {"school_id", optional_id_json(i.school_id)},
          {"school_name", name_or_null(i.school_id, v.school_name)},
          {"team_id", optional_id_json(i.team_id)},
          {"team_name", name_or_null(i.team_id, v.team_name)},
          {"bestuur_id", optional_id_json(i.bestuur_id)},
          {"bestuur_name", v.bestuur_name.empty() ? json::value(nullptr) : json::value(v.bestuur_name)},
          {"invited_by_name", v.invited_by_name},
          {"created_at", iso_time(i.created_at)},
          {"expires_at", iso_time(i.expires_at)}};
}

json::object to_json(const Person& person) {
  json::array memberships;
  for (const auto& m : person.memberships) memberships.push_back(sb::api::to_json(m));
  return {{"id", person.user.id},
          {"name", person.user.name},
          {"email", person.user.email},
          {"is_admin", person.user.is_admin},
          {"memberships", std::move(memberships)}};
}

json::object to_json(const CreatedInvitation& created) {
  return {{"invitation", to_json(created.view)}, {"link", created.link}};
}

Result<Credentials> read_credentials(BodyReader& body) {
  SB_TRY(email, body.string("email"));
  SB_TRY(password, body.string("password"));
  SB_CHECK(body.finish());
  return Credentials{std::move(email), std::move(password)};
}

Result<std::string> read_reset_request(BodyReader& body) {
  SB_TRY(email, body.string("email"));
  SB_CHECK(body.finish());
  return email;
}

Result<NewPassword> read_password_reset(BodyReader& body) {
  SB_TRY(token, body.string("token"));
  SB_TRY(password, body.string("password"));
  SB_CHECK(body.finish());
  return NewPassword{std::move(token), std::move(password)};
}

Result<ProfileChange> read_profile_change(BodyReader& body) {
  SB_TRY(name, body.optional_string("name"));
  SB_TRY(locale, body.optional_string("locale"));
  SB_CHECK(body.finish());
  return ProfileChange{name, locale};
}

Result<std::string> read_name(BodyReader& body) {
  SB_TRY(name, body.string("name"));
  SB_CHECK(body.finish());
  return name;
}

Result<NewSchool> read_new_school(BodyReader& body) {
  SB_TRY(bestuur_id, body.id("bestuur_id"));
  SB_TRY(name, body.string("name"));
  SB_TRY(sector, body.string("sector"));
  SB_TRY(brin, body.string("brin"));
  SB_TRY(region, body.string("region"));
  SB_CHECK(body.finish());
  return NewSchool{bestuur_id, name, sector, brin, region};
}

Result<SchoolChange> read_school_change(BodyReader& body) {
  SB_TRY(name, body.optional_string("name"));
  SB_TRY(sector, body.optional_string("sector"));
  SB_TRY(region, body.optional_string("region"));
  SB_CHECK(body.finish());
  return SchoolChange{name, sector, region};
}

Result<RoleGrant> read_membership(BodyReader& body) {
  SB_TRY(user_id, body.id("user_id"));
  SB_TRY(role, body.string("role"));
  SB_TRY(team_id, body.optional_id("team_id"));
  SB_CHECK(body.finish());
  return RoleGrant{user_id, std::move(role), team_id};
}

Result<NewInvitation> read_new_invitation(BodyReader& body) {
  SB_TRY(email, body.string("email"));
  SB_TRY(role, body.string("role"));
  SB_TRY(team_id, body.optional_id("team_id"));
  SB_CHECK(body.finish());
  return NewInvitation{email, role, team_id};
}

Result<NewAppointment> read_new_appointment(BodyReader& body) {
  SB_TRY(email, body.string("email"));
  SB_TRY(role, body.string("role"));
  SB_TRY(bestuur_id, body.optional_id("bestuur_id"));
  SB_TRY(school_id, body.optional_id("school_id"));
  SB_CHECK(body.finish());
  return NewAppointment{email, role, bestuur_id, school_id};
}

}  // namespace sb::api
