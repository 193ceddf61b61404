-- The foundation: people, the organisation tree, roles, sessions, invitations,
-- password resets and the audit trail.

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  email         TEXT    NOT NULL UNIQUE,
  name          TEXT    NOT NULL,
  password_hash TEXT    NOT NULL DEFAULT '',
  is_admin      INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
  locale        TEXT    NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl', 'en')),
  created_at    INTEGER NOT NULL
);

CREATE TABLE besturen (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE schools (
  id         INTEGER PRIMARY KEY,
  bestuur_id INTEGER NOT NULL REFERENCES besturen (id) ON DELETE RESTRICT,
  name       TEXT    NOT NULL,
  sector     TEXT    NOT NULL CHECK (sector IN ('PO', 'VO', 'MBO', 'HBO')),
  brin       TEXT    NOT NULL UNIQUE,
  region     TEXT    NOT NULL CHECK (region IN ('noord', 'midden', 'zuid'))
);
CREATE INDEX schools_by_bestuur ON schools (bestuur_id);

CREATE TABLE teams (
  id        INTEGER PRIMARY KEY,
  school_id INTEGER NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
  name      TEXT    NOT NULL,
  UNIQUE (school_id, name)
);

-- Exactly one scope column is set, matching the role; scope_key makes the
-- (user, role, scope) triple unique although SQLite treats NULLs as distinct.
CREATE TABLE memberships (
  id         INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role       TEXT    NOT NULL,
  team_id    INTEGER REFERENCES teams (id) ON DELETE CASCADE,
  school_id  INTEGER REFERENCES schools (id) ON DELETE CASCADE,
  bestuur_id INTEGER REFERENCES besturen (id) ON DELETE CASCADE,
  scope_key  TEXT    NOT NULL,
  UNIQUE (user_id, role, scope_key),
  CHECK ((team_id IS NOT NULL) + (school_id IS NOT NULL) + (bestuur_id IS NOT NULL) <= 1)
);
CREATE INDEX memberships_by_team ON memberships (team_id);
CREATE INDEX memberships_by_school ON memberships (school_id);

CREATE TABLE sessions (
  token_hash   TEXT    PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token   TEXT    NOT NULL,
  created_at   INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE invitations (
  id          INTEGER PRIMARY KEY,
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
CREATE INDEX invitations_by_school ON invitations (school_id);

CREATE TABLE password_resets (
  token_hash TEXT    PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at INTEGER NOT NULL,
  used       INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- The audit trail keeps the user id without a foreign key: history outlives accounts.
CREATE TABLE audit_log (
  id      INTEGER PRIMARY KEY,
  at      INTEGER NOT NULL,
  user_id INTEGER,
  action  TEXT    NOT NULL,
  target  TEXT    NOT NULL,
  detail  TEXT    NOT NULL
);
