#include "modules/classboard/core/rhythm_signals.h"

#include "modules/classboard/core/store.h"

namespace sb {

RhythmSignalSource classboard_rhythm_source() {
  return {"classboard", {"class_board_session"}, [](ReadTx& tx, const RhythmQuery& query) -> Result<std::vector<RhythmSignal>> {
            return class_boards(tx).count_class_sessions_by_week(query);
          }};
}

}  // namespace sb
