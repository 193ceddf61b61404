// The programmes module's routes for colleagues without an account (issue 14,
// point 4): a school leader or bestuurder invites one into a round, follows,
// resends or withdraws it (DELETE /programme-enrolments/{id}), and the invited
// colleague reads and accepts the programme's invitation link.
#pragma once

#include "server/api/router.h"

namespace sb::api {

void add_invitation_routes(Router& router);

}  // namespace sb::api
