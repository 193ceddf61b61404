// The student-voice module's rhythm signal (kernel/rhythm.h): per team and
// week, the feedback rounds opened ("voice_round"). A count only: results
// belong to the teacher and never leave the round through here.
// Registered in rhythm_signal_sources() of src/cli/modules.cpp.
// Thread-safety: a plain function over the unit of work it is given.
#pragma once

#include "kernel/rhythm.h"

namespace sb {

RhythmSignalSource voice_rhythm_source();

}  // namespace sb
