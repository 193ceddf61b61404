-- The classboard module: a teacher's class boards, their cards, the students'
-- ideas, weekly measurements and classroom-screen sessions. An idea row is its
-- text and whether the teacher approved it — no time, no address, no device.
-- Display links and session keys are stored as hashes only.
CREATE TABLE class_boards (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  school_id       INTEGER NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
  team_id         INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  owner_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  class_name      TEXT    NOT NULL,
  goal            TEXT    NOT NULL,
  measure_kind    TEXT    NOT NULL CHECK (measure_kind IN ('number', 'smiley')),
  measure_label   TEXT    NOT NULL,
  code            TEXT    NOT NULL,
  code_expires_at INTEGER NOT NULL,
  display_hash    TEXT UNIQUE,
  seq             INTEGER NOT NULL DEFAULT 0,
  created_at      INTEGER NOT NULL
);
CREATE INDEX class_boards_by_owner ON class_boards (owner_id, team_id);
CREATE INDEX class_boards_by_school ON class_boards (school_id, team_id);
CREATE INDEX class_boards_by_code ON class_boards (code, code_expires_at);

CREATE TABLE class_board_items (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id INTEGER NOT NULL REFERENCES class_boards (id) ON DELETE CASCADE,
  kind     TEXT    NOT NULL CHECK (kind IN ('action', 'success', 'obstacle')),
  text     TEXT    NOT NULL,
  done     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX class_board_items_by_board ON class_board_items (board_id);

CREATE TABLE class_board_ideas (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id INTEGER NOT NULL REFERENCES class_boards (id) ON DELETE CASCADE,
  text     TEXT    NOT NULL,
  approved INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX class_board_ideas_by_board ON class_board_ideas (board_id);

CREATE TABLE class_board_measurements (
  board_id INTEGER NOT NULL REFERENCES class_boards (id) ON DELETE CASCADE,
  week     TEXT    NOT NULL,
  value    INTEGER NOT NULL,
  PRIMARY KEY (board_id, week)
) WITHOUT ROWID;

CREATE TABLE class_board_sessions (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id   INTEGER NOT NULL REFERENCES class_boards (id) ON DELETE CASCADE,
  team_id    INTEGER NOT NULL,
  token_hash TEXT    NOT NULL UNIQUE,
  started_at INTEGER NOT NULL,
  ends_at    INTEGER NOT NULL
);
CREATE INDEX class_board_sessions_by_board ON class_board_sessions (board_id, ends_at);
CREATE INDEX class_board_sessions_by_team ON class_board_sessions (team_id, started_at);
