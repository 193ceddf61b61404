// The academy's demo data: the 20 modules with their 100 items
// (core/demo_content.cpp) and progress for the teachers of the demo schools'
// teams, each team at its own stage, so the school coach's view has something
// to show. The demo teacher (leraar@) has a few items seen and more to do.
// Runs after the organisation's demo, whose teams and teachers it marks.
#pragma once

#include <string>

#include "kernel/demo.h"

namespace sb {

DemoStep academy_demo();

// The step plan of a demo item in Markdown: its goal, then the numbered steps.
std::string academy_demo_steps(const char* goal, const char* const (&steps)[3]);

}  // namespace sb
