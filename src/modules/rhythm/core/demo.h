// The rhythm module's demo step: a school year of weekly rhythm before the
// board's own recent weeks — board sessions with attendance in the board's
// store, one team steady, one with a gap of three weeks, one that stopped —
// and the cascade of the demo bestuur: strategic goals, the schools'
// ambitions linked to them, and the teams' running goals linked to those
// ambitions (one ambition left without a team goal, as happens).
// Thread-safety: plain values.
#pragma once

#include "kernel/demo.h"

namespace sb {

DemoStep rhythm_demo();

}  // namespace sb
