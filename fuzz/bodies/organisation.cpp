#include "../body_checks.h"
#include "../module_bodies.h"
#include "modules/organisation/api/organisation_json.h"

namespace sb::fuzz {

namespace {

using api::BodyReader;
using boost::json::object;

void credentials(BodyReader& body, const object& json) {
  auto read = api::read_credentials(body);
  check_result(read);
  if (!read) return;
  same_text(json, "email", read->email);
  same_text(json, "password", read->password);
}

}  // namespace

void add_organisation_bodies(BodyChecks& checks) {
  checks.insert({
      {"organisation.credentials", credentials},
      {"organisation.reset_request", plain<api::read_reset_request>},
      {"organisation.password_reset", plain<api::read_password_reset>},
      {"organisation.profile", plain<api::read_profile_change>},
      {"organisation.name", plain<api::read_name>},
      {"organisation.new_school", plain<api::read_new_school>},
      {"organisation.school_change", plain<api::read_school_change>},
      {"organisation.membership", plain<api::read_membership>},
      {"organisation.invitation", plain<api::read_new_invitation>},
      {"organisation.appointment", plain<api::read_new_appointment>},
  });
}

}  // namespace sb::fuzz
