-- The measurements module (metingen): questionnaires, rounds a school runs for
-- chosen teams, single-use links and anonymous answer counts.
-- Anonymity by shape: a link is the hash of its token with its round and team,
-- never a person; answering deletes it and puts its hash in measurement_used_links,
-- which holds the hash and nothing else; the answers only raise counters per
-- round, team, statement and point. No answer row exists, no table has a time
-- or a rowid order, so nothing joins an answer to a link or a person.
CREATE TABLE measurement_questionnaires (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  title       TEXT    NOT NULL,
  description TEXT    NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL
);

CREATE TABLE measurement_statements (
  questionnaire_id INTEGER NOT NULL REFERENCES measurement_questionnaires (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL,
  dimension        TEXT    NOT NULL,
  text             TEXT    NOT NULL,
  PRIMARY KEY (questionnaire_id, position)
) WITHOUT ROWID;

CREATE TABLE measurement_rounds (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  school_id        INTEGER NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
  questionnaire_id INTEGER NOT NULL REFERENCES measurement_questionnaires (id),
  kind             TEXT    NOT NULL CHECK (kind IN ('baseline', 'follow_up')),
  title            TEXT    NOT NULL,
  opened_by        INTEGER REFERENCES users (id) ON DELETE SET NULL,
  opened_at        INTEGER NOT NULL,
  closed_at        INTEGER,
  released         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX measurement_rounds_by_school ON measurement_rounds (school_id, opened_at);

CREATE TABLE measurement_round_teams (
  round_id INTEGER NOT NULL REFERENCES measurement_rounds (id) ON DELETE CASCADE,
  team_id  INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  invited  INTEGER NOT NULL CHECK (invited >= 0),
  answered INTEGER NOT NULL DEFAULT 0 CHECK (answered <= invited),
  PRIMARY KEY (round_id, team_id)
) WITHOUT ROWID;

-- An open link: the hash of its token, its round and team. Deleted when used.
CREATE TABLE measurement_links (
  token_hash TEXT    NOT NULL PRIMARY KEY,
  round_id   INTEGER NOT NULL,
  team_id    INTEGER NOT NULL,
  FOREIGN KEY (round_id, team_id) REFERENCES measurement_round_teams (round_id, team_id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX measurement_links_by_round ON measurement_links (round_id);

-- The used links: a hash only, so a used link is refused — and nothing else.
CREATE TABLE measurement_used_links (
  token_hash TEXT NOT NULL PRIMARY KEY
) WITHOUT ROWID;

-- The answers as counts: how many people gave `point` to statement `statement` in this round and team.
CREATE TABLE measurement_counts (
  round_id  INTEGER NOT NULL,
  team_id   INTEGER NOT NULL,
  statement INTEGER NOT NULL,
  point     INTEGER NOT NULL CHECK (point BETWEEN 1 AND 5),
  count     INTEGER NOT NULL CHECK (count >= 0),
  PRIMARY KEY (round_id, team_id, statement, point),
  FOREIGN KEY (round_id, team_id) REFERENCES measurement_round_teams (round_id, team_id) ON DELETE CASCADE
) WITHOUT ROWID;
