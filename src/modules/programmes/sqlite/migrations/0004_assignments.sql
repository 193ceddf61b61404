-- Assignments participants hand in (issue 14, point 5): seed 000's preparation
-- before each company visit, seed 002's Take-to-School assignments. Staff
-- define them per round; a participant hands in one text per assignment,
-- staff accept it or send it back with feedback. An assignment of a session
-- that is removed stays, for the whole round (session_id becomes NULL).

CREATE TABLE programme_assignments (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  round_id       INTEGER NOT NULL REFERENCES programme_rounds (id) ON DELETE CASCADE,
  title          TEXT    NOT NULL,
  instructions   TEXT    NOT NULL DEFAULT '',
  part           INTEGER CHECK (part >= 0),
  session_id     INTEGER REFERENCES programme_sessions (id) ON DELETE SET NULL,
  due_at         INTEGER NOT NULL,
  credit_minutes INTEGER NOT NULL DEFAULT 0 CHECK (credit_minutes >= 0),
  version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX programme_assignments_by_round ON programme_assignments (round_id, due_at);
CREATE INDEX programme_assignments_by_session ON programme_assignments (session_id);

-- Deleting an assignment with hand-ins is refused by the use case; the RESTRICT keeps it so underneath.
CREATE TABLE programme_hand_ins (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  assignment_id      INTEGER NOT NULL REFERENCES programme_assignments (id) ON DELETE RESTRICT,
  enrolment_id       INTEGER NOT NULL REFERENCES programme_enrolments (id) ON DELETE CASCADE,
  text               TEXT    NOT NULL,
  first_submitted_at INTEGER NOT NULL,
  submitted_at       INTEGER NOT NULL,
  status             TEXT    NOT NULL CHECK (status IN ('submitted', 'accepted', 'returned')),
  feedback           TEXT    NOT NULL DEFAULT '',
  reviewed_at        INTEGER,
  reviewed_by        INTEGER REFERENCES users (id) ON DELETE SET NULL,
  version            INTEGER NOT NULL DEFAULT 1,
  UNIQUE (assignment_id, enrolment_id)
);
CREATE INDEX programme_hand_ins_by_enrolment ON programme_hand_ins (enrolment_id);
