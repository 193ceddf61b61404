-- The lessons module (issue 12): lesson designs with every saved version,
-- their authors and comments; lesson visits with the visitor's observation,
-- the reflection talk and the reminder's record.
-- A design's content lives in its versions: the current one is the row whose
-- version is lesson_designs.version. Lists (criteria, phases, links, an
-- observation's notes per criterion) are JSON arrays written by the store.
-- goal_id names a goal of the board module; no foreign key, since a module
-- names no other module's tables but the organisation's (teams, users).

CREATE TABLE lesson_designs (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  team_id    INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  goal_id    INTEGER NOT NULL,
  created_by INTEGER NOT NULL REFERENCES users (id),
  created_at INTEGER NOT NULL,
  version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX lesson_designs_by_team ON lesson_designs (team_id);
CREATE INDEX lesson_designs_by_goal ON lesson_designs (goal_id);

CREATE TABLE lesson_design_versions (
  design_id   INTEGER NOT NULL REFERENCES lesson_designs (id) ON DELETE CASCADE,
  version     INTEGER NOT NULL,
  title       TEXT    NOT NULL,
  lesson_goal TEXT    NOT NULL DEFAULT '',
  criteria    TEXT    NOT NULL DEFAULT '[]',
  phases      TEXT    NOT NULL DEFAULT '[]',
  group_name  TEXT    NOT NULL DEFAULT '',
  subject     TEXT    NOT NULL DEFAULT '',
  planned_on  TEXT,
  links       TEXT    NOT NULL DEFAULT '[]',
  status      TEXT    NOT NULL CHECK (status IN ('concept', 'klaar', 'gegeven', 'geevalueerd')),
  saved_by    INTEGER NOT NULL REFERENCES users (id),
  saved_at    INTEGER NOT NULL,
  PRIMARY KEY (design_id, version)
) WITHOUT ROWID;

CREATE TABLE lesson_design_authors (
  design_id INTEGER NOT NULL REFERENCES lesson_designs (id) ON DELETE CASCADE,
  user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (design_id, user_id)
) WITHOUT ROWID;
CREATE INDEX lesson_design_authors_by_user ON lesson_design_authors (user_id);

CREATE TABLE lesson_design_comments (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  design_id  INTEGER NOT NULL REFERENCES lesson_designs (id) ON DELETE CASCADE,
  part       TEXT    NOT NULL,
  body       TEXT    NOT NULL,
  author_id  INTEGER NOT NULL REFERENCES users (id),
  created_at INTEGER NOT NULL
);
CREATE INDEX lesson_design_comments_by_design ON lesson_design_comments (design_id);

CREATE TABLE lesson_visits (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  design_id     INTEGER NOT NULL REFERENCES lesson_designs (id) ON DELETE CASCADE,
  team_id       INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  teacher_id    INTEGER NOT NULL REFERENCES users (id),
  visitor_id    INTEGER NOT NULL REFERENCES users (id),
  group_name    TEXT    NOT NULL DEFAULT '',
  starts_at     INTEGER NOT NULL,
  minutes       INTEGER NOT NULL,
  location      TEXT    NOT NULL DEFAULT '',
  status        TEXT    NOT NULL CHECK (status IN ('planned', 'held', 'reflected')),
  shared        INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
  board_item_id INTEGER,
  planned_by    INTEGER NOT NULL REFERENCES users (id),
  created_at    INTEGER NOT NULL,
  version       INTEGER NOT NULL DEFAULT 1,
  CHECK (teacher_id <> visitor_id)
);
CREATE INDEX lesson_visits_by_team ON lesson_visits (team_id, starts_at);
CREATE INDEX lesson_visits_by_design ON lesson_visits (design_id);
CREATE INDEX lesson_visits_by_teacher ON lesson_visits (teacher_id);
CREATE INDEX lesson_visits_by_visitor ON lesson_visits (visitor_id);
CREATE INDEX lesson_visits_by_start ON lesson_visits (starts_at);

-- One per visit, written whole by the visitor's device; client_key and client_seq make a resent save a no-op.
CREATE TABLE lesson_observations (
  visit_id   INTEGER PRIMARY KEY REFERENCES lesson_visits (id) ON DELETE CASCADE,
  criteria   TEXT    NOT NULL DEFAULT '[]',
  notes      TEXT    NOT NULL DEFAULT '',
  client_key TEXT    NOT NULL,
  client_seq INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE lesson_reflections (
  visit_id        INTEGER PRIMARY KEY REFERENCES lesson_visits (id) ON DELETE CASCADE,
  students_did    TEXT    NOT NULL DEFAULT '',
  criteria_met    TEXT    NOT NULL DEFAULT '',
  change_next     TEXT    NOT NULL DEFAULT '',
  conclusion      TEXT    NOT NULL DEFAULT '',
  conclusion_kind TEXT CHECK (conclusion_kind IN ('success', 'action')),
  concluded_at    INTEGER NOT NULL DEFAULT 0,
  updated_by      INTEGER NOT NULL REFERENCES users (id),
  updated_at      INTEGER NOT NULL,
  version         INTEGER NOT NULL DEFAULT 1
);

-- The reminder mail the day before: sent once per visit, also across restarts and processes.
CREATE TABLE lesson_visit_reminders (
  visit_id INTEGER PRIMARY KEY REFERENCES lesson_visits (id) ON DELETE CASCADE,
  sent_at  INTEGER NOT NULL
);
