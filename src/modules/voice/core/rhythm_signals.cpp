#include "modules/voice/core/rhythm_signals.h"

#include "modules/voice/core/store.h"

namespace sb {

RhythmSignalSource voice_rhythm_source() {
  return {"voice", {"voice_round"}, [](ReadTx& tx, const RhythmQuery& query) -> Result<std::vector<RhythmSignal>> {
            return voice(tx).count_rounds_by_week(query);
          }};
}

}  // namespace sb
