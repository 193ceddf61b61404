-- The programmes module: leadership programmes as their catalogue pages
-- describe them, their rounds (groups, tracks, sessions), enrolments,
-- attendance and logged hours. Money in integer cents; times in Unix seconds.
-- Ids are never reused (AUTOINCREMENT): an enrolment's id is its place in the
-- order of arrival, which the waiting list follows.
CREATE TABLE programmes (
  id                      INTEGER PRIMARY KEY AUTOINCREMENT,
  title                   TEXT    NOT NULL,
  provider                TEXT    NOT NULL,
  summary                 TEXT    NOT NULL DEFAULT '',
  registration_points     INTEGER NOT NULL DEFAULT 0 CHECK (registration_points >= 0),
  price_cents             INTEGER NOT NULL CHECK (price_cents >= 0),
  price_includes_vat      INTEGER NOT NULL CHECK (price_includes_vat IN (0, 1)),
  vat_percent             INTEGER NOT NULL DEFAULT 0 CHECK (vat_percent BETWEEN 0 AND 100),
  price_on_request        INTEGER NOT NULL DEFAULT 0 CHECK (price_on_request IN (0, 1)),
  in_company              INTEGER NOT NULL DEFAULT 0 CHECK (in_company IN (0, 1)),
  duration                TEXT    NOT NULL DEFAULT '',
  contact_name            TEXT    NOT NULL DEFAULT '',
  contact_email           TEXT    NOT NULL DEFAULT '',
  contact_phone           TEXT    NOT NULL DEFAULT '',
  enrolment_rule          TEXT    NOT NULL CHECK (enrolment_rule IN ('individual', 'with_colleague')),
  address_after_enrolment INTEGER NOT NULL DEFAULT 0 CHECK (address_after_enrolment IN (0, 1)),
  published               INTEGER NOT NULL DEFAULT 1 CHECK (published IN (0, 1)),
  version                 INTEGER NOT NULL DEFAULT 1
);

-- The programme's short lists, in order: kind 'co_producer', 'goal' or 'theme'.
CREATE TABLE programme_texts (
  programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  kind         TEXT    NOT NULL CHECK (kind IN ('co_producer', 'goal', 'theme')),
  position     INTEGER NOT NULL,
  text         TEXT    NOT NULL,
  PRIMARY KEY (programme_id, kind, position)
) WITHOUT ROWID;

-- Who may enrol: per sector ('PO', 'VO', 'MBO', 'HBO') a role in the programme's own words.
CREATE TABLE programme_audience (
  programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  sector       TEXT    NOT NULL,
  role         TEXT    NOT NULL,
  PRIMARY KEY (programme_id, position)
) WITHOUT ROWID;

CREATE TABLE programme_parts (
  programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  name         TEXT    NOT NULL,
  hours        INTEGER NOT NULL CHECK (hours >= 0),
  description  TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (programme_id, position)
) WITHOUT ROWID;

CREATE TABLE programme_rounds (
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  programme_id        INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  name                TEXT    NOT NULL,
  example_dates       INTEGER NOT NULL DEFAULT 0 CHECK (example_dates IN (0, 1)),
  enrolment_closes_at INTEGER NOT NULL
);
CREATE INDEX programme_rounds_by_programme ON programme_rounds (programme_id);

CREATE TABLE programme_groups (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  round_id INTEGER NOT NULL REFERENCES programme_rounds (id) ON DELETE CASCADE,
  name     TEXT    NOT NULL,
  capacity INTEGER NOT NULL CHECK (capacity > 0)
);
CREATE INDEX programme_groups_by_round ON programme_groups (round_id);

CREATE TABLE programme_tracks (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  round_id INTEGER NOT NULL REFERENCES programme_rounds (id) ON DELETE CASCADE,
  name     TEXT    NOT NULL
);
CREATE INDEX programme_tracks_by_round ON programme_tracks (round_id);

CREATE TABLE programme_sessions (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  round_id       INTEGER NOT NULL REFERENCES programme_rounds (id) ON DELETE CASCADE,
  group_id       INTEGER REFERENCES programme_groups (id) ON DELETE CASCADE,
  title          TEXT    NOT NULL,
  starts_at      INTEGER NOT NULL,
  ends_at        INTEGER NOT NULL CHECK (ends_at > starts_at),
  place          TEXT    NOT NULL,
  address        TEXT    NOT NULL DEFAULT '',
  part           INTEGER,
  credit_minutes INTEGER NOT NULL DEFAULT 0 CHECK (credit_minutes >= 0)
);
CREATE INDEX programme_sessions_by_round ON programme_sessions (round_id, starts_at);

CREATE TABLE programme_enrolments (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  round_id           INTEGER NOT NULL REFERENCES programme_rounds (id) ON DELETE CASCADE,
  user_id            INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  bestuur_id         INTEGER NOT NULL REFERENCES besturen (id),
  school_id          INTEGER REFERENCES schools (id) ON DELETE SET NULL,
  sector             TEXT    NOT NULL,
  role               TEXT    NOT NULL,
  status             TEXT    NOT NULL CHECK (status IN ('placed', 'waiting', 'cancelled')),
  group_id           INTEGER REFERENCES programme_groups (id),
  preferred_group_id INTEGER REFERENCES programme_groups (id) ON DELETE SET NULL,
  track_id           INTEGER REFERENCES programme_tracks (id) ON DELETE SET NULL,
  enrolled_by        INTEGER NOT NULL REFERENCES users (id),
  created_at         INTEGER NOT NULL,
  cancelled_at       INTEGER
);
CREATE INDEX programme_enrolments_by_round ON programme_enrolments (round_id, id);
CREATE INDEX programme_enrolments_by_user ON programme_enrolments (user_id);
-- Nobody holds two live enrolments in one round.
CREATE UNIQUE INDEX programme_enrolments_once ON programme_enrolments (round_id, user_id) WHERE status <> 'cancelled';

CREATE TABLE programme_attendance (
  session_id    INTEGER NOT NULL REFERENCES programme_sessions (id) ON DELETE CASCADE,
  enrolment_id  INTEGER NOT NULL REFERENCES programme_enrolments (id) ON DELETE CASCADE,
  present       INTEGER NOT NULL CHECK (present IN (0, 1)),
  PRIMARY KEY (session_id, enrolment_id)
) WITHOUT ROWID;

CREATE TABLE programme_hours (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  enrolment_id INTEGER NOT NULL REFERENCES programme_enrolments (id) ON DELETE CASCADE,
  part         INTEGER NOT NULL CHECK (part >= 0),
  minutes      INTEGER NOT NULL CHECK (minutes > 0),
  note         TEXT    NOT NULL DEFAULT '',
  logged_at    INTEGER NOT NULL,
  logged_by    INTEGER NOT NULL REFERENCES users (id)
);
CREATE INDEX programme_hours_by_enrolment ON programme_hours (enrolment_id);
