// The voice module's demo data: the demo teacher (leraar@demo.samenbeter.nl,
// Groep 5-6 of OBS De Regenboog) finds three closed feedback rounds — two on
// the same lesson series whose results show (nine and eight answers, so the
// trend of a question has two points) and one with three answers, whose
// results stay hidden below the minimum group of five. Runs after the
// organisation's demo, whose teams and people it reads.
#pragma once

#include "kernel/demo.h"

namespace sb {

DemoStep voice_demo();

}  // namespace sb
