// The mentoring module's demo data (kernel/demo.h): the demo school in the
// inspiration programme, about 40 mentors and 50 mentees in the programme's
// four regions, a published round made by the engine with its webinar and
// pairing meeting in November, pairs with
// meetings in every state (planned, held, not held, not planned) and one pair
// behind schedule; the demo mentor mentor@demo.samenbeter.nl paired with the
// demo school leader.
#pragma once

#include "kernel/demo.h"

namespace sb {

DemoStep mentoring_demo();

}  // namespace sb
