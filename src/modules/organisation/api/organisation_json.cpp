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

}  // namespace sb::api
