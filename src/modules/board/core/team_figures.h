// What the board tells about many teams at once, for views above the team
// (the rhythm module's overview): counts only, never texts or names — a
// team's notes stay on its board. Each is answered by one query for the whole
// set of teams.
// Thread-safety: plain values.
#pragma once

#include "kernel/model.h"

namespace sb {

// A team's verdicts on its goals in closed cycles (the retrospectives).
struct TeamGoalVerdicts {
  Id team_id = 0;
  int reached = 0;  // "yes"
  int partly = 0;
  int total = 0;
};

// A team's obstacles now with the school leadership (handed over, answered or
// taken on, not resolved), and the oldest one's last change of state: how long it has waited.
struct TeamOpenObstacles {
  Id team_id = 0;
  int count = 0;
  UnixTime oldest_since = 0;
};

}  // namespace sb
