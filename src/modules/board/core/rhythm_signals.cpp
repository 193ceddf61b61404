#include "modules/board/core/rhythm_signals.h"

#include "modules/board/core/store.h"

namespace sb {

RhythmSignalSource board_rhythm_source() {
  return {"board", {"board_session", "measurement"},
          [](ReadTx& tx, const RhythmQuery& query) -> Result<std::vector<RhythmSignal>> {
            auto signals = board(tx).count_sessions_by_week(query);
            auto measurements = board(tx).count_measurements_by_week(query);
            signals.insert(signals.end(), measurements.begin(), measurements.end());
            return signals;
          }};
}

}  // namespace sb
