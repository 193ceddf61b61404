-- A cycle's retrospective per goal: the team's verdict on each goal as it
-- stood at the end of the cycle (a snapshot, so the record never changes when
-- the goal does), and the goal's copy in the next cycle when the team goes on
-- with it. The cycle's own retrospective stays in cycles.retro_*.

CREATE TABLE cycle_goal_results (
  cycle_id        INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
  line            INTEGER NOT NULL,
  goal_id         INTEGER REFERENCES goals (id) ON DELETE SET NULL,
  title           TEXT    NOT NULL,
  unit            TEXT    NOT NULL CHECK (unit IN ('percentage', 'count', 'score', 'yes_no')),
  direction       TEXT    NOT NULL CHECK (direction IN ('higher', 'lower')),
  baseline        REAL    NOT NULL,
  target          REAL    NOT NULL,
  latest          REAL,
  latest_week     TEXT,
  reached         TEXT    NOT NULL CHECK (reached IN ('yes', 'partly', 'no')),
  continued_as    INTEGER REFERENCES goals (id) ON DELETE SET NULL,
  actions_carried INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (cycle_id, line)
) WITHOUT ROWID;

-- ON DELETE SET NULL looks the referencing rows up by these columns.
CREATE INDEX cycle_goal_results_by_goal ON cycle_goal_results (goal_id);
CREATE INDEX cycle_goal_results_by_copy ON cycle_goal_results (continued_as);
CREATE INDEX goals_by_ambition ON goals (ambition_id);
