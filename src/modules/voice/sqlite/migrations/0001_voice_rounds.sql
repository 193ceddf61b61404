-- The voice module: feedback rounds, their questions, and anonymous responses.
-- A response holds the hash of a device token scoped to its round and its
-- answers — no time, no address, no name. A later link to a lesson design or
-- visit is one nullable column on voice_rounds.
CREATE TABLE voice_rounds (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  school_id   INTEGER NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
  team_id     INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  owner_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  title       TEXT    NOT NULL,
  level       TEXT    NOT NULL CHECK (level IN ('po', 'vo', 'mbo')),
  code        TEXT    NOT NULL,
  class_size  INTEGER NOT NULL CHECK (class_size >= min_answers),
  min_answers INTEGER NOT NULL CHECK (min_answers >= 5),
  opened_at   INTEGER NOT NULL,
  closes_at   INTEGER NOT NULL,
  closed_at   INTEGER,
  keep_until  INTEGER NOT NULL,
  shared      INTEGER NOT NULL DEFAULT 0,
  -- kept with every response, so the class-size check reads one row
  answers     INTEGER NOT NULL DEFAULT 0 CHECK (answers <= class_size)
);
CREATE INDEX voice_rounds_by_code ON voice_rounds (code, closes_at);
CREATE INDEX voice_rounds_by_owner ON voice_rounds (owner_id, team_id, opened_at);
CREATE INDEX voice_rounds_by_school ON voice_rounds (school_id, team_id);
CREATE INDEX voice_rounds_by_keep ON voice_rounds (keep_until);

CREATE TABLE voice_questions (
  round_id INTEGER NOT NULL REFERENCES voice_rounds (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind     TEXT    NOT NULL CHECK (kind IN ('scale', 'open')),
  text     TEXT    NOT NULL,
  PRIMARY KEY (round_id, position)
) WITHOUT ROWID;

CREATE TABLE voice_hidden_words (
  round_id INTEGER NOT NULL REFERENCES voice_rounds (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  word     TEXT    NOT NULL,
  PRIMARY KEY (round_id, position)
) WITHOUT ROWID;

CREATE TABLE voice_responses (
  id          INTEGER PRIMARY KEY,
  round_id    INTEGER NOT NULL REFERENCES voice_rounds (id) ON DELETE CASCADE,
  device_hash TEXT    NOT NULL,
  UNIQUE (round_id, device_hash)
);

CREATE TABLE voice_answers (
  response_id INTEGER NOT NULL REFERENCES voice_responses (id) ON DELETE CASCADE,
  question    INTEGER NOT NULL,
  value       INTEGER,
  text        TEXT,
  PRIMARY KEY (response_id, question)
) WITHOUT ROWID;
