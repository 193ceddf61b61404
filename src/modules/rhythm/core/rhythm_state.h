// The rhythm module's state for the life of the process: the signal sources
// the composition root registered (kernel/rhythm.h), set once when the API is
// built, before serving; read by every request after that.
// Thread-safety: set before serving, then only read.
#pragma once

#include <vector>

#include "kernel/rhythm.h"
#include "kernel/services.h"

namespace sb {

struct RhythmState {
  std::vector<RhythmSignalSource> sources;
};

inline RhythmState& rhythm_state(Services& s) { return s.modules.get<RhythmState>(); }

}  // namespace sb
