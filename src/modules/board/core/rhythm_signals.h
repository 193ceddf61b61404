// The board's rhythm signals (kernel/rhythm.h): per team and week, the board
// sessions held with their attendance ("board_session") and the measurements
// entered ("measurement"). Registered in rhythm_signal_sources() of
// src/cli/modules.cpp; the rhythm module reads it without knowing the board.
// Thread-safety: a plain function over the unit of work it is given.
#pragma once

#include "kernel/rhythm.h"

namespace sb {

RhythmSignalSource board_rhythm_source();

}  // namespace sb
