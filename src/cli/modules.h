// The composition root's list of modules: the one place that names them all.
// Adding a module adds a line here (and its folder under src/modules); no
// other module changes. Order matters where one module builds on another:
// the organisation first, whose schools and teams the board belongs to.
#pragma once

#include <vector>

#include "kernel/demo.h"
#include "server/api/module_api.h"
#include "storage/sqlite/sqlite_module.h"

namespace sb::cli {

std::vector<api::ApiModule> api_modules();
std::vector<sqlite::SqliteModule> sqlite_modules();
std::vector<DemoStep> demo_steps();

}  // namespace sb::cli
