-- A data version per team (kernel/ports/team_versions.h): moved by every write that changes what the overview
-- shows of the team, in that write's transaction, so each server process may keep a team's figures for as long
-- as its number stands. A team without a row is at version 0. Team ids are never reused, so a row that goes with
-- its team cannot hand a new team an old team's figures.
CREATE TABLE rhythm_team_versions (
  team_id INTEGER PRIMARY KEY REFERENCES teams (id) ON DELETE CASCADE,
  version INTEGER NOT NULL
);
