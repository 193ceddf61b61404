// The rhythm module's part of the JSON API (docs/API.md, "The rhythm"): the
// heatmaps, a team's week, the overview, the cascade, a bestuur's strategic
// goals, an ambition's link to one, and the school holidays. It is handed the
// rhythm signal sources the composition root registered (kernel/rhythm.h)
// and keeps them in the module's state for the life of the server.
#pragma once

#include <vector>

#include "kernel/rhythm.h"
#include "server/api/module_api.h"

namespace sb::api {

ApiModule rhythm_api(std::vector<RhythmSignalSource> sources);

}  // namespace sb::api
