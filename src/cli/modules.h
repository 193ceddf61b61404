// The composition root's list of modules: the one place that names them all.
// Adding a module adds a line here (and its folder under src/modules); no
// other module changes. Order matters where one module builds on another:
// the organisation first, whose schools and teams the board belongs to; the
// notifications module after the board, whose notices it mails.
#pragma once

#include <vector>

#include "kernel/calendar.h"
#include "kernel/demo.h"
#include "kernel/jobs.h"
#include "kernel/rhythm.h"
#include "server/api/module_api.h"
#include "storage/sql/module.h"

namespace sb::cli {

std::vector<api::ApiModule> api_modules();
std::vector<sql::Module> store_modules();
std::vector<DemoStep> demo_steps();
// What the server runs by the clock (kernel/jobs.h), e.g. the weekly digest.
std::vector<PeriodicJob> periodic_jobs();
// What the modules put in each person's calendar feed (kernel/calendar.h).
std::vector<CalendarSource> calendar_sources();
// What each module reports of a team's weekly rhythm (kernel/rhythm.h), read by the rhythm module.
std::vector<RhythmSignalSource> rhythm_signal_sources();

}  // namespace sb::cli
