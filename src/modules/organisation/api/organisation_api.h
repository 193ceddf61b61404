// The organisation module's part of the JSON API: sign-in and sessions, me,
// besturen, schools, teams, memberships, invitations, people and
// appointments, with the scopes
// "bestuur", "school", "team", "invitation", "membership" and "person" that other
// modules' routes may name too.
#pragma once

#include "server/api/module_api.h"

namespace sb::api {

ApiModule organisation_api();

}  // namespace sb::api
