// The lessons module's rhythm signals (kernel/rhythm.h): per team and week, the
// lesson designs made ("lesson_design") and the lesson visits held
// ("lesson_visit"). Counts only, never a design's or a visit's words.
// Registered in rhythm_signal_sources() of src/cli/modules.cpp.
// Thread-safety: a plain function over the unit of work it is given.
#pragma once

#include "kernel/rhythm.h"

namespace sb {

RhythmSignalSource lessons_rhythm_source();

}  // namespace sb
