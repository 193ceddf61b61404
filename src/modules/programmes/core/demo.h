// The programmes module's demo data: the three programmes of seeds 000, 001
// and 002 with their real texts, audiences, parts, prices and sessions; their
// real rounds (seed 000's and 001's completed, with participants, attendance
// and certificates; seed 002's running since September 2025), and one upcoming
// round of each, open for enrolment, whose dates are marked as examples. Adds
// a second bestuur with two leaders as fellow participants. Runs after the
// organisation's demo, whose people and schools it reads.
#pragma once

#include "kernel/demo.h"

namespace sb {

DemoStep programmes_demo();

}  // namespace sb
