-- Ids are never reused. Without AUTOINCREMENT SQLite hands the id of the
-- newest row, once deleted, to the next new row -- maybe in another school --
-- while caches (and screens) may still know the old one. Each table whose ids
-- the API hands out is rebuilt with AUTOINCREMENT; its rows, ids and indexes
-- stay as they were. The runner turns foreign keys off around migrations and
-- checks them before committing.

CREATE TABLE ambitions_rebuilt (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  school_id   INTEGER NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
  school_year TEXT    NOT NULL,
  title       TEXT    NOT NULL,
  description TEXT    NOT NULL DEFAULT '',
  version     INTEGER NOT NULL DEFAULT 1
);
INSERT INTO ambitions_rebuilt SELECT * FROM ambitions;
DROP TABLE ambitions;
ALTER TABLE ambitions_rebuilt RENAME TO ambitions;
CREATE INDEX ambitions_by_school ON ambitions (school_id);

CREATE TABLE cycles_rebuilt (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  team_id            INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  name               TEXT    NOT NULL,
  starts_on          TEXT    NOT NULL,
  ends_on            TEXT    NOT NULL,
  retro_goal_reached TEXT,
  retro_helped       TEXT,
  retro_change       TEXT,
  retro_closed_at    INTEGER,
  version            INTEGER NOT NULL DEFAULT 1
);
INSERT INTO cycles_rebuilt SELECT * FROM cycles;
DROP TABLE cycles;
ALTER TABLE cycles_rebuilt RENAME TO cycles;
CREATE INDEX cycles_by_team ON cycles (team_id, starts_on);

CREATE TABLE goals_rebuilt (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  team_id     INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  cycle_id    INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
  ambition_id INTEGER REFERENCES ambitions (id) ON DELETE SET NULL,
  title       TEXT    NOT NULL,
  students    TEXT    NOT NULL,
  measure     TEXT    NOT NULL,
  unit        TEXT    NOT NULL CHECK (unit IN ('percentage', 'count', 'score', 'yes_no')),
  baseline    REAL    NOT NULL,
  target      REAL    NOT NULL,
  direction   TEXT    NOT NULL CHECK (direction IN ('higher', 'lower')),
  version     INTEGER NOT NULL DEFAULT 1
);
INSERT INTO goals_rebuilt SELECT * FROM goals;
DROP TABLE goals;
ALTER TABLE goals_rebuilt RENAME TO goals;
CREATE INDEX goals_by_team ON goals (team_id);
CREATE INDEX goals_by_ambition ON goals (ambition_id);

CREATE TABLE measurements_rebuilt (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
  week       TEXT    NOT NULL,
  value      REAL    NOT NULL,
  entered_by INTEGER NOT NULL REFERENCES users (id),
  entered_at INTEGER NOT NULL,
  version    INTEGER NOT NULL DEFAULT 1,
  UNIQUE (goal_id, week)
);
INSERT INTO measurements_rebuilt SELECT * FROM measurements;
DROP TABLE measurements;
ALTER TABLE measurements_rebuilt RENAME TO measurements;

CREATE TABLE board_items_rebuilt (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  team_id           INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  kind              TEXT    NOT NULL CHECK (kind IN ('action', 'success', 'obstacle', 'idea', 'agreement')),
  text              TEXT    NOT NULL,
  notes             TEXT    NOT NULL DEFAULT '',
  status            TEXT    NOT NULL,
  position          REAL    NOT NULL,
  goal_id           INTEGER REFERENCES goals (id) ON DELETE SET NULL,
  due_on            TEXT,
  created_by        INTEGER NOT NULL REFERENCES users (id),
  created_at        INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL,
  status_changed_at INTEGER NOT NULL,
  previous_status   TEXT    NOT NULL DEFAULT '',
  leadership_reply  TEXT    NOT NULL DEFAULT '',
  version           INTEGER NOT NULL DEFAULT 1
);
INSERT INTO board_items_rebuilt SELECT * FROM board_items;
DROP TABLE board_items;
ALTER TABLE board_items_rebuilt RENAME TO board_items;
CREATE INDEX board_items_by_team ON board_items (team_id, kind, status, position);

CREATE TABLE board_sessions_rebuilt (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  team_id         INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  started_at      INTEGER NOT NULL,
  started_by      INTEGER NOT NULL REFERENCES users (id),
  total_minutes   INTEGER NOT NULL,
  step            INTEGER NOT NULL DEFAULT 0,
  step_started_at INTEGER NOT NULL,
  attendance      TEXT    NOT NULL DEFAULT '',  -- user ids, comma-separated
  closed_at       INTEGER,
  version         INTEGER NOT NULL DEFAULT 1
);
INSERT INTO board_sessions_rebuilt SELECT * FROM board_sessions;
DROP TABLE board_sessions;
ALTER TABLE board_sessions_rebuilt RENAME TO board_sessions;
CREATE UNIQUE INDEX board_sessions_open ON board_sessions (team_id) WHERE closed_at IS NULL;
