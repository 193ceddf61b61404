// The measurements module's part of the JSON API (docs/API.md, "Metingen"):
// questionnaires (programme staff write them), a school's rounds with their
// results and the trend baseline against follow-up, a bestuur's trend, and the
// two public routes of the answer page, which take the single-use token in the
// body (never in the path, so it is not in the server's log).
#pragma once

#include "server/api/module_api.h"

namespace sb::api {

ApiModule measurements_api();

}  // namespace sb::api
