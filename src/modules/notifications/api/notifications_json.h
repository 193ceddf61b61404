// The body of a change to one's mail preferences: {"<topic>": bool, ...} for
// any of the topics; a field that names no topic is refused.
// Thread-safety: pure functions.
#pragma once

#include <vector>

#include "modules/notifications/core/preferences.h"
#include "server/api/json_io.h"

namespace sb::api {

// The topics the body names, in kTopics order, with what is wanted for each.
Result<std::vector<Preference>> read_preference_changes(BodyReader& body);

}  // namespace sb::api
