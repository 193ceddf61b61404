// The programmes module's exports for staff, as CSV (the way Excel opens it in
// the reader's language) or XLSX (?format=csv|xlsx, server/api/table_export.h):
// the register list of a round (who completed it, for re-registration in the
// school leaders' register), the attendance list of a session and the invoice
// list of a round. Column names follow the caller's language.
#pragma once

#include <memory>

#include "server/api/router.h"

namespace sb::api {

void add_export_routes(Router& router);

}  // namespace sb::api
