// The meetings' demo data: information meetings at two participating schools
// in the coming weeks (one nearly full), a regional exchange meeting with
// people signed up, one held last month with attendance recorded, and a
// "nodig ons uit" from CBS De Wegwijzer's new leader (mirjam.bos@) for staff to follow up. Runs
// after the trajectory's demo, whose schools it uses.
#pragma once

#include "kernel/demo.h"

namespace sb {

DemoStep meetings_demo();

}  // namespace sb
