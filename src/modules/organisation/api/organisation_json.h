// The organisation module's entities as the API shows them.
// Thread-safety: pure functions.
#pragma once

#include <boost/json/object.hpp>

#include <string_view>

#include "modules/organisation/core/appointments.h"
#include "modules/organisation/core/auth.h"
#include "modules/organisation/core/invitations.h"
#include "modules/organisation/core/model.h"
#include "modules/organisation/core/organisation.h"
#include "server/api/json_io.h"

namespace sb::api {

boost::json::object to_json(const Bestuur& bestuur);
boost::json::object to_json(const School& school, std::string_view bestuur_name);
boost::json::object to_json(const Team& team);
boost::json::object to_json(const InvitationView& invitation);
// {"invitation": ..., "link": "/uitnodiging/<token>"}
boost::json::object to_json(const CreatedInvitation& created);
// A person with every role they hold.
boost::json::object to_json(const Person& person);

// The bodies the organisation's routes take; each reads the whole body and refuses a field it does not know.
struct Credentials {
  std::string email;
  std::string password;
};
struct NewPassword {
  std::string token;
  std::string password;
};
struct RoleGrant {
  Id user_id = 0;
  std::string role;
  std::optional<Id> team_id;
};
Result<Credentials> read_credentials(BodyReader& body);
// {"email": "..."}: who asks for a new password.
Result<std::string> read_reset_request(BodyReader& body);
Result<NewPassword> read_password_reset(BodyReader& body);
Result<ProfileChange> read_profile_change(BodyReader& body);
// {"name": "..."}: a new bestuur or team, or a team's new name.
Result<std::string> read_name(BodyReader& body);
Result<NewSchool> read_new_school(BodyReader& body);
Result<SchoolChange> read_school_change(BodyReader& body);
Result<RoleGrant> read_membership(BodyReader& body);
Result<NewInvitation> read_new_invitation(BodyReader& body);
Result<NewAppointment> read_new_appointment(BodyReader& body);

}  // namespace sb::api
