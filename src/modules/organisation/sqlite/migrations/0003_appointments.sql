-- Appointments: the platform admin invites bestuurders (into a bestuur) and
-- programme staff (into the platform), so an invitation is no longer always a
-- school's. Exactly one place or none: a team (with its school), a school, a
-- bestuur, or the platform (programmabeheerder). The table is rebuilt with its
-- rows and ids; the runner turns foreign keys off around migrations and checks
-- them before committing.

CREATE TABLE invitations_rebuilt (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  token_hash  TEXT    NOT NULL UNIQUE,
  email       TEXT    NOT NULL,
  role        TEXT    NOT NULL,
  school_id   INTEGER REFERENCES schools (id) ON DELETE CASCADE,
  team_id     INTEGER REFERENCES teams (id) ON DELETE CASCADE,
  invited_by  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,
  accepted_at INTEGER,
  bestuur_id  INTEGER REFERENCES besturen (id) ON DELETE CASCADE,
  CHECK (team_id IS NULL OR school_id IS NOT NULL),
  CHECK (school_id IS NULL OR bestuur_id IS NULL)
);
INSERT INTO invitations_rebuilt (id, token_hash, email, role, school_id, team_id, invited_by, created_at, expires_at,
                                 accepted_at)
  SELECT id, token_hash, email, role, school_id, team_id, invited_by, created_at, expires_at, accepted_at
  FROM invitations;
-- Ids are never reused: the new table goes on counting where the old one was.
INSERT INTO sqlite_sequence (name, seq)
  SELECT 'invitations_rebuilt', seq FROM sqlite_sequence
  WHERE name = 'invitations' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'invitations_rebuilt');
UPDATE sqlite_sequence
  SET seq = MAX(seq, COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'invitations'), 0))
  WHERE name = 'invitations_rebuilt';
DROP TABLE invitations;
ALTER TABLE invitations_rebuilt RENAME TO invitations;
CREATE INDEX invitations_by_school ON invitations (school_id);
CREATE INDEX invitations_by_email ON invitations (email);

-- The person search reads names and addresses in a case-insensitive order.
CREATE INDEX users_by_name ON users (name COLLATE NOCASE);
