-- Information and regional exchange meetings hosted by participating schools;
-- `taken` counts the places signed up for, so a sign-up takes its places with
-- one conditional UPDATE and the capacity can never be exceeded.
CREATE TABLE trajectory_meetings (
  id         INTEGER PRIMARY KEY,
  kind       TEXT    NOT NULL CHECK (kind IN ('information', 'exchange')),
  school_id  INTEGER NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
  address    TEXT    NOT NULL,
  starts_at  INTEGER NOT NULL,
  ends_at    INTEGER NOT NULL CHECK (ends_at > starts_at),
  capacity   INTEGER NOT NULL CHECK (capacity > 0),
  taken      INTEGER NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= capacity),
  notes      TEXT    NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
);
CREATE INDEX trajectory_meetings_by_end ON trajectory_meetings (ends_at);

-- People who signed up together (one form) share a signup; no account is needed.
CREATE TABLE trajectory_meeting_signups (
  id         INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES trajectory_meetings (id) ON DELETE CASCADE,
  school     TEXT    NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE TABLE trajectory_meeting_attendees (
  id         INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES trajectory_meetings (id) ON DELETE CASCADE,
  signup_id  INTEGER NOT NULL REFERENCES trajectory_meeting_signups (id) ON DELETE CASCADE,
  name       TEXT    NOT NULL,
  email      TEXT    NOT NULL,
  attended   INTEGER CHECK (attended IN (0, 1)),
  UNIQUE (meeting_id, email)
);

-- "Nodig ons uit": a school leader's invitation to the foundation, for staff's pipeline.
CREATE TABLE trajectory_foundation_invitations (
  id         INTEGER PRIMARY KEY,
  school_id  INTEGER NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
  invited_by INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  message    TEXT    NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
);
