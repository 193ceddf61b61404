-- The mentoring programme in the app: the applications that make the pool,
-- the staff's decisions on pairs, every run of the engine with its pairs and
-- unpaired people, the published pairs and their meetings.
-- A withdrawn application keeps only what staff must keep (docs/ARCHITECTURE.md,
-- "Mentoring"): its id, track or role, region and dates; every personal field is
-- overwritten with '' in the same unit of work as the withdrawal.

-- Schools that take part in the foundation's inspiration programme: their
-- school leaders and school coaches may apply as mentees.
CREATE TABLE mentoring_programme_schools (
  school_id INTEGER PRIMARY KEY REFERENCES schools (id) ON DELETE CASCADE
);

CREATE TABLE mentoring_mentor_applications (
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  token_hash          TEXT    NOT NULL DEFAULT '',  -- of the personal link; '' for imported rows
  email               TEXT    NOT NULL DEFAULT '',
  phone               TEXT    NOT NULL DEFAULT '',
  name                TEXT    NOT NULL,
  organisation        TEXT    NOT NULL DEFAULT '',
  role                TEXT    NOT NULL DEFAULT '',
  track               TEXT    NOT NULL CHECK (track IN ('leidinggevende', 'expert')),
  years_in_role       INTEGER NOT NULL,
  team_size           INTEGER NOT NULL DEFAULT 0,
  years_ci            INTEGER NOT NULL DEFAULT 0,
  capacity            INTEGER NOT NULL DEFAULT 1,
  region              TEXT    NOT NULL,
  municipality        TEXT    NOT NULL DEFAULT '',
  any_region          INTEGER NOT NULL DEFAULT 0,
  sectors             INTEGER NOT NULL DEFAULT 0,  -- bits as mentoring::SectorSet
  mode                TEXT    NOT NULL DEFAULT 'either',
  months              INTEGER NOT NULL DEFAULT 15, -- bits as mentoring::MonthSet
  topics              TEXT    NOT NULL DEFAULT '',
  user_id             INTEGER REFERENCES users (id) ON DELETE SET NULL,
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  withdrawn_at        INTEGER
);
CREATE INDEX mentoring_mentors_by_token ON mentoring_mentor_applications (token_hash);
CREATE INDEX mentoring_mentors_by_user ON mentoring_mentor_applications (user_id);

CREATE TABLE mentoring_mentee_applications (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id      INTEGER REFERENCES users (id) ON DELETE SET NULL,
  school_id    INTEGER REFERENCES schools (id) ON DELETE SET NULL,
  name         TEXT    NOT NULL,
  school_name  TEXT    NOT NULL DEFAULT '',
  role         TEXT    NOT NULL CHECK (role IN ('schoolleider', 'schoolcoach')),
  sector       INTEGER NOT NULL,                   -- one mentoring::Sector bit
  region       TEXT    NOT NULL,
  municipality TEXT    NOT NULL DEFAULT '',
  mode         TEXT    NOT NULL DEFAULT 'either',
  months       INTEGER NOT NULL DEFAULT 15,
  topics       TEXT    NOT NULL DEFAULT '',
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  withdrawn_at INTEGER
);
-- One open application per account.
CREATE UNIQUE INDEX mentoring_mentees_one_open ON mentoring_mentee_applications (user_id) WHERE withdrawn_at IS NULL;

-- Staff's decisions: a lock keeps a pair in every run, a forbid keeps it out.
CREATE TABLE mentoring_decisions (
  mentor_id INTEGER NOT NULL REFERENCES mentoring_mentor_applications (id) ON DELETE CASCADE,
  mentee_id INTEGER NOT NULL REFERENCES mentoring_mentee_applications (id) ON DELETE CASCADE,
  kind      TEXT    NOT NULL CHECK (kind IN ('lock', 'forbid')),
  PRIMARY KEY (mentor_id, mentee_id)
);
CREATE INDEX mentoring_decisions_by_mentee ON mentoring_decisions (mentee_id);

CREATE TABLE mentoring_runs (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at       INTEGER NOT NULL,
  created_by       INTEGER REFERENCES users (id) ON DELETE SET NULL,
  pair_count       INTEGER NOT NULL,
  total_score      INTEGER NOT NULL,
  locked_pairs     INTEGER NOT NULL,
  unpaired_mentors INTEGER NOT NULL,
  unpaired_mentees INTEGER NOT NULL,
  published_at     INTEGER
);

CREATE TABLE mentoring_run_pairs (
  run_id       INTEGER NOT NULL REFERENCES mentoring_runs (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  mentor_id    INTEGER NOT NULL REFERENCES mentoring_mentor_applications (id) ON DELETE CASCADE,
  mentee_id    INTEGER NOT NULL REFERENCES mentoring_mentee_applications (id) ON DELETE CASCADE,
  locked       INTEGER NOT NULL,
  score        INTEGER NOT NULL,
  sector       INTEGER NOT NULL,
  mode         INTEGER NOT NULL,
  availability INTEGER NOT NULL,
  distance     INTEGER NOT NULL,
  topics       INTEGER NOT NULL,
  note_nl      TEXT    NOT NULL DEFAULT '',
  note_en      TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (run_id, position)
);

CREATE TABLE mentoring_run_unpaired (
  run_id         INTEGER NOT NULL REFERENCES mentoring_runs (id) ON DELETE CASCADE,
  side           TEXT    NOT NULL CHECK (side IN ('mentor', 'mentee')),
  application_id INTEGER NOT NULL,
  reason         TEXT    NOT NULL,
  text_nl        TEXT    NOT NULL,
  text_en        TEXT    NOT NULL,
  PRIMARY KEY (run_id, side, application_id)
);

-- The pairs of a published run: what the mentor and the mentee see.
CREATE TABLE mentoring_pairs (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id    INTEGER NOT NULL REFERENCES mentoring_runs (id) ON DELETE CASCADE,
  mentor_id INTEGER NOT NULL REFERENCES mentoring_mentor_applications (id) ON DELETE CASCADE,
  mentee_id INTEGER NOT NULL REFERENCES mentoring_mentee_applications (id) ON DELETE CASCADE,
  UNIQUE (run_id, mentee_id)
);
CREATE INDEX mentoring_pairs_by_mentor ON mentoring_pairs (mentor_id);
CREATE INDEX mentoring_pairs_by_mentee ON mentoring_pairs (mentee_id);

-- A pair's three meetings of two hours, December to March.
CREATE TABLE mentoring_meetings (
  pair_id    INTEGER NOT NULL REFERENCES mentoring_pairs (id) ON DELETE CASCADE,
  number     INTEGER NOT NULL CHECK (number BETWEEN 1 AND 3),
  starts_at  INTEGER,
  place      TEXT    NOT NULL DEFAULT '' CHECK (place IN ('', 'company', 'school', 'online')),
  held       TEXT    NOT NULL DEFAULT '' CHECK (held IN ('', 'yes', 'no')),
  log        TEXT    NOT NULL DEFAULT '',
  -- what the pair agreed to try, and the board item the mentee made of it
  experiment TEXT    NOT NULL DEFAULT '',
  board_item_id INTEGER,
  reminded_at INTEGER,
  PRIMARY KEY (pair_id, number)
);

-- The conversation guide ("handvat") per meeting, Dutch text that staff edit.
CREATE TABLE mentoring_guides (
  number INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 3),
  text   TEXT NOT NULL
);
INSERT INTO mentoring_guides (number, text) VALUES
  (1, 'Kennismaken: wat is jullie verbetercultuur nu, en waar wil de school over een jaar staan? Kies samen één ding om te proberen voor het volgende gesprek.'),
  (2, 'Terugblik op het experiment: wat werkte, wat niet, wat zegt het team? Hoe geef je leiding aan een team dat zelf verbetert? Spreek een volgend experiment af.'),
  (3, 'Wat neem je mee? Hoe houd je het ritme vast zonder mentor? Wat zou je een andere school aanraden?');
