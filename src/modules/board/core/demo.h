// The board module's demo data: every demo team's board with two cycles of
// history — goals with weekly measurements, a closed retrospective, actions in
// every column, successes, obstacles (one with the leadership), an idea, an
// agreement and three closed sessions with their records. Runs after the
// organisation's demo, whose teams and people it reads.
#pragma once

#include "kernel/demo.h"

namespace sb {

DemoStep board_demo();

}  // namespace sb
