-- A place held for a colleague without an account (issue 14, point 4): a
-- school leader or bestuurder enrols them by e-mail address, which creates an
-- organisation invitation. Until they accept, the enrolment has no user; it
-- names the invitation, the address and until when the place is held. It
-- counts for the group's capacity and for the colleague rule like any other.
-- SQLite changes a column's NOT NULL only by rebuilding the table; the runner
-- turns foreign keys off around migrations and checks them before committing.

CREATE TABLE programme_enrolments_rebuilt (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  round_id           INTEGER NOT NULL REFERENCES programme_rounds (id) ON DELETE CASCADE,
  user_id            INTEGER REFERENCES users (id) ON DELETE CASCADE,
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
  cancelled_at       INTEGER,
  invitation_id      INTEGER REFERENCES invitations (id) ON DELETE SET NULL,
  invited_email      TEXT    NOT NULL DEFAULT '',
  held_until         INTEGER,
  CHECK (user_id IS NOT NULL OR invited_email <> '')
);
INSERT INTO programme_enrolments_rebuilt (id, round_id, user_id, bestuur_id, school_id, sector, role, status, group_id,
                                          preferred_group_id, track_id, enrolled_by, created_at, cancelled_at)
  SELECT id, round_id, user_id, bestuur_id, school_id, sector, role, status, group_id, preferred_group_id, track_id,
         enrolled_by, created_at, cancelled_at FROM programme_enrolments;
DROP TABLE programme_enrolments;
ALTER TABLE programme_enrolments_rebuilt RENAME TO programme_enrolments;
CREATE INDEX programme_enrolments_by_round ON programme_enrolments (round_id, id);
CREATE INDEX programme_enrolments_by_user ON programme_enrolments (user_id);
CREATE INDEX programme_enrolments_by_enroller ON programme_enrolments (enrolled_by);
CREATE INDEX programme_enrolments_by_invitation ON programme_enrolments (invitation_id);
-- Nobody holds two live enrolments in one round, nor is one address held twice there.
CREATE UNIQUE INDEX programme_enrolments_once ON programme_enrolments (round_id, user_id) WHERE status <> 'cancelled';
CREATE UNIQUE INDEX programme_enrolments_held_once ON programme_enrolments (round_id, invited_email)
  WHERE status <> 'cancelled' AND user_id IS NULL;
-- The places still held, for the job that frees expired ones.
CREATE INDEX programme_enrolments_held ON programme_enrolments (held_until) WHERE user_id IS NULL AND status <> 'cancelled';
