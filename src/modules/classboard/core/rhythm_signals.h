// The classboard module's rhythm signal (kernel/rhythm.h): per team and week,
// the class board sessions held on classroom screens ("class_board_session").
// A count only: a board's content never leaves it through here.
// Registered in rhythm_signal_sources() of src/cli/modules.cpp.
// Thread-safety: a plain function over the unit of work it is given.
#pragma once

#include "kernel/rhythm.h"

namespace sb {

RhythmSignalSource classboard_rhythm_source();

}  // namespace sb
