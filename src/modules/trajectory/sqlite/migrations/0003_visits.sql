-- Expert-coach visits with their short report (what the coach saw, advice).
-- A visit planned past the school's budget waits for approval
-- (status awaiting_approval) until programme staff approve it.
CREATE TABLE trajectory_visits (
  id          INTEGER PRIMARY KEY,
  school_id   INTEGER NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
  coach_id    INTEGER NOT NULL REFERENCES users (id),
  starts_at   INTEGER NOT NULL,
  ends_at     INTEGER NOT NULL CHECK (ends_at > starts_at),
  status      TEXT    NOT NULL,
  seen        TEXT    NOT NULL DEFAULT '',
  advice      TEXT    NOT NULL DEFAULT '',
  reported_at INTEGER,
  approved_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
  created_at  INTEGER NOT NULL
);
CREATE INDEX trajectory_visits_of_school ON trajectory_visits (school_id, starts_at);
CREATE INDEX trajectory_visits_of_coach ON trajectory_visits (coach_id, starts_at);
