-- The team board: ambitions, cycles, goals with weekly measurements, board
-- items, board sessions with their immutable records, and a per-board
-- sequence number for the live channel.

CREATE TABLE ambitions (
  id          INTEGER PRIMARY KEY,
  school_id   INTEGER NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
  school_year TEXT    NOT NULL,
  title       TEXT    NOT NULL,
  description TEXT    NOT NULL DEFAULT '',
  version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ambitions_by_school ON ambitions (school_id);

CREATE TABLE cycles (
  id                 INTEGER PRIMARY KEY,
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
CREATE INDEX cycles_by_team ON cycles (team_id, starts_on);

CREATE TABLE goals (
  id          INTEGER PRIMARY KEY,
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
CREATE INDEX goals_by_team ON goals (team_id);

CREATE TABLE measurements (
  id         INTEGER PRIMARY KEY,
  goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
  week       TEXT    NOT NULL,
  value      REAL    NOT NULL,
  entered_by INTEGER NOT NULL REFERENCES users (id),
  entered_at INTEGER NOT NULL,
  version    INTEGER NOT NULL DEFAULT 1,
  UNIQUE (goal_id, week)
);

CREATE TABLE board_items (
  id                INTEGER PRIMARY KEY,
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
CREATE INDEX board_items_by_team ON board_items (team_id, kind, status, position);

CREATE TABLE board_item_owners (
  item_id INTEGER NOT NULL REFERENCES board_items (id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (item_id, user_id)
) WITHOUT ROWID;

CREATE TABLE boards (
  team_id  INTEGER PRIMARY KEY REFERENCES teams (id) ON DELETE CASCADE,
  last_seq INTEGER NOT NULL
);

CREATE TABLE board_sessions (
  id              INTEGER PRIMARY KEY,
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
-- At most one open session per team.
CREATE UNIQUE INDEX board_sessions_open ON board_sessions (team_id) WHERE closed_at IS NULL;

CREATE TABLE board_session_records (
  session_id INTEGER NOT NULL REFERENCES board_sessions (id) ON DELETE CASCADE,
  line       INTEGER NOT NULL,
  kind       TEXT    NOT NULL,
  ref_id     INTEGER,
  text       TEXT    NOT NULL,
  detail     TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (session_id, line)
) WITHOUT ROWID;
