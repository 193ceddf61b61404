// The organisation module's entities as the API shows them.
// Thread-safety: pure functions.
#pragma once

#include <boost/json/object.hpp>

#include <string_view>

#include "modules/organisation/core/appointments.h"
#include "modules/organisation/core/invitations.h"
#include "modules/organisation/core/model.h"

namespace sb::api {

boost::json::object to_json(const Bestuur& bestuur);
boost::json::object to_json(const School& school, std::string_view bestuur_name);
boost::json::object to_json(const Team& team);
boost::json::object to_json(const InvitationView& invitation);
// {"invitation": ..., "link": "/uitnodiging/<token>"}
boost::json::object to_json(const CreatedInvitation& created);
// A person with every role they hold.
boost::json::object to_json(const Person& person);

}  // namespace sb::api
