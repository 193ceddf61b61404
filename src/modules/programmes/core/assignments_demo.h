// The assignments in the programmes demo (issue 14, point 5), in the seeds' own words: seed 000's preparation
// before each company visit (the completed autumn 2024 round: all handed in and accepted) and seed 002's
// Take-to-School assignment per theme (the running round: the first four accepted, the fifth handed in and
// waiting for the programme staff's feedback, and a project preparation due within the week).
// Called by programmes_demo() inside its unit of work.
#pragma once

#include <vector>

#include "kernel/ports/store.h"
#include "modules/programmes/core/model.h"

namespace sb {

struct DemoAssignmentRounds {
  Id visits_round = 0;  // seed 000, completed
  std::vector<Enrolment> visitors;
  Id leaders_round = 0;  // seed 002, running
  std::vector<Enrolment> leaders;
  Id reviewer = 0;  // the programme staff who accepted
};
Result<void> add_demo_assignments(WriteTx& tx, UnixTime now, const DemoAssignmentRounds& rounds);

}  // namespace sb
