#include "modules/lessons/core/rhythm_signals.h"

#include "modules/lessons/core/store.h"

namespace sb {

RhythmSignalSource lessons_rhythm_source() {
  return {"lessons", {"lesson_design", "lesson_visit"},
          [](ReadTx& tx, const RhythmQuery& query) -> Result<std::vector<RhythmSignal>> {
            return lessons(tx).count_lesson_work_by_week(query);
          }};
}

}  // namespace sb
