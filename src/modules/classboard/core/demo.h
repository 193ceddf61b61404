// The classboard module's demo data: the demo teacher (leraar@demo.samenbeter.nl,
// Groep 5-6 of OBS De Regenboog) finds a class board for her groep 6 — its goal
// with a smiley measurement for the last four weeks, actions, successes and an
// obstacle, one approved idea and one idea waiting for her approval, and a
// session in each of the last three weeks (the rhythm). Runs after the
// organisation's demo, whose teams and people it reads.
#pragma once

#include "kernel/demo.h"

namespace sb {

DemoStep classboard_demo();

}  // namespace sb
