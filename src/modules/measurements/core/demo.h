// The measurements module's demo data: the demo questionnaire, and for every
// team of both demo schools a baseline round (nulmeting, about five months ago)
// and a follow-up (vervolgmeting, last month), answered so the follow-up is
// a little better. Onderbouw havo/vwo of Het Baken College has only three
// answers in the follow-up: its results stay hidden ("te weinig antwoorden"),
// and so does its school's follow-up total, which would give them away. The
// baselines are released to the teachers. Runs after the organisation's demo.
#pragma once

#include "kernel/demo.h"

namespace sb {

DemoStep measurements_demo();

}  // namespace sb
