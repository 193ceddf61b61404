-- Ids are never reused. Without AUTOINCREMENT SQLite hands the id of the
-- newest row, once deleted, to the next new row -- maybe in another school --
-- while caches (and screens) may still know the old one. Each table whose ids
-- the API hands out is rebuilt with AUTOINCREMENT; its rows, ids and indexes
-- stay as they were. The runner turns foreign keys off around migrations and
-- checks them before committing.

CREATE TABLE users_rebuilt (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  email         TEXT    NOT NULL UNIQUE,
  name          TEXT    NOT NULL,
  password_hash TEXT    NOT NULL DEFAULT '',
  is_admin      INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
  locale        TEXT    NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl', 'en')),
  created_at    INTEGER NOT NULL
);
INSERT INTO users_rebuilt SELECT * FROM users;
DROP TABLE users;
ALTER TABLE users_rebuilt RENAME TO users;

CREATE TABLE besturen_rebuilt (
  id   INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE
);
INSERT INTO besturen_rebuilt SELECT * FROM besturen;
DROP TABLE besturen;
ALTER TABLE besturen_rebuilt RENAME TO besturen;

CREATE TABLE schools_rebuilt (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  bestuur_id INTEGER NOT NULL REFERENCES besturen (id) ON DELETE RESTRICT,
  name       TEXT    NOT NULL,
  sector     TEXT    NOT NULL CHECK (sector IN ('PO', 'VO', 'MBO', 'HBO')),
  brin       TEXT    NOT NULL UNIQUE,
  region     TEXT    NOT NULL CHECK (region IN ('noord', 'midden', 'zuid'))
);
INSERT INTO schools_rebuilt SELECT * FROM schools;
DROP TABLE schools;
ALTER TABLE schools_rebuilt RENAME TO schools;
CREATE INDEX schools_by_bestuur ON schools (bestuur_id);

CREATE TABLE teams_rebuilt (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  school_id INTEGER NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
  name      TEXT    NOT NULL,
  UNIQUE (school_id, name)
);
INSERT INTO teams_rebuilt SELECT * FROM teams;
DROP TABLE teams;
ALTER TABLE teams_rebuilt RENAME TO teams;

CREATE TABLE memberships_rebuilt (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role       TEXT    NOT NULL,
  team_id    INTEGER REFERENCES teams (id) ON DELETE CASCADE,
  school_id  INTEGER REFERENCES schools (id) ON DELETE CASCADE,
  bestuur_id INTEGER REFERENCES besturen (id) ON DELETE CASCADE,
  scope_key  TEXT    NOT NULL,
  UNIQUE (user_id, role, scope_key),
  CHECK ((team_id IS NOT NULL) + (school_id IS NOT NULL) + (bestuur_id IS NOT NULL) <= 1)
);
INSERT INTO memberships_rebuilt SELECT * FROM memberships;
DROP TABLE memberships;
ALTER TABLE memberships_rebuilt RENAME TO memberships;
CREATE INDEX memberships_by_team ON memberships (team_id);
CREATE INDEX memberships_by_school ON memberships (school_id);

CREATE TABLE invitations_rebuilt (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  token_hash  TEXT    NOT NULL UNIQUE,
  email       TEXT    NOT NULL,
  role        TEXT    NOT NULL,
  school_id   INTEGER NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
  team_id     INTEGER REFERENCES teams (id) ON DELETE CASCADE,
  invited_by  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,
  accepted_at INTEGER
);
INSERT INTO invitations_rebuilt SELECT * FROM invitations;
DROP TABLE invitations;
ALTER TABLE invitations_rebuilt RENAME TO invitations;
CREATE INDEX invitations_by_school ON invitations (school_id);
