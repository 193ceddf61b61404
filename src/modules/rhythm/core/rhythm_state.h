// The rhythm module's state for the life of the process: the signal sources
// the composition root registered (kernel/rhythm.h), set once when the API is
// built, before serving; read by every request after that. And what the
// overview keeps of each team between requests.
// Thread-safety: the sources are set before serving, then only read; the cache guards itself.
#pragma once

#include <vector>

#include "kernel/rhythm.h"
#include "kernel/services.h"
#include "modules/rhythm/core/team_facts.h"

namespace sb {

struct RhythmState {
  std::vector<RhythmSignalSource> sources;
  TeamFactsCache team_facts;  // the overview's, by team and data version (team_facts.h)
};

inline RhythmState& rhythm_state(Services& s) { return s.modules.get<RhythmState>(); }

}  // namespace sb
