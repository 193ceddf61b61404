// The lessons module's demo data: every demo team with two or more teachers
// gets four lesson designs for its current goals (concept, klaar, gegeven,
// geëvalueerd) and four visits — one planned, one held with an observation,
// one reflected whose action is on the team's board, one whose notes the
// visited teacher shared with the school leader. Runs after the board's demo,
// whose goals it reads.
#pragma once

#include "kernel/demo.h"

namespace sb {

DemoStep lessons_demo();

}  // namespace sb
