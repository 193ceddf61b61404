// Use cases of a person's mail wishes: read them, and switch topics on or off.
// Only ever one's own (the caller's), so no scope is checked beyond being signed in.
// Thread-safety: stateless functions over thread-safe Services.
#pragma once

#include <vector>

#include "kernel/policy.h"
#include "kernel/services.h"
#include "modules/notifications/core/model.h"

namespace sb {

struct Preference {
  Topic topic = Topic::action_assigned;
  bool wanted = true;
};

// Every topic (kTopics order) with whether the caller wants it mailed.
Result<std::vector<Preference>> get_preferences(Services& s, const Principal& who);
// Switches the named topics; the others stay as they are. Answers every topic as get_preferences does.
Result<std::vector<Preference>> set_preferences(Services& s, const Principal& who, const std::vector<Preference>& changes);

}  // namespace sb
