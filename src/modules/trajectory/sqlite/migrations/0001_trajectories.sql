-- The trajectory module: each school's trajectory with the foundation, its
-- dated steps, the conditions checked at intake, and the coach-fte rule staff
-- keep (seeded with the default by number of pupils).
CREATE TABLE trajectories (
  school_id  INTEGER PRIMARY KEY REFERENCES schools (id) ON DELETE CASCADE,
  pupils     INTEGER NOT NULL CHECK (pupils > 0),
  phase      TEXT    NOT NULL,
  phase_on   TEXT    NOT NULL,
  started_at INTEGER NOT NULL
);
CREATE INDEX trajectories_by_phase ON trajectories (phase);

CREATE TABLE trajectory_steps (
  id          INTEGER PRIMARY KEY,
  school_id   INTEGER NOT NULL REFERENCES trajectories (school_id) ON DELETE CASCADE,
  phase       TEXT    NOT NULL,
  happened_on TEXT    NOT NULL,
  who         TEXT    NOT NULL,
  notes       TEXT    NOT NULL,
  recorded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
  recorded_at INTEGER NOT NULL
);
CREATE INDEX trajectory_steps_of_school ON trajectory_steps (school_id, happened_on, id);

CREATE TABLE trajectory_conditions (
  school_id  INTEGER NOT NULL REFERENCES trajectories (school_id) ON DELETE CASCADE,
  condition  TEXT    NOT NULL,
  status     TEXT    NOT NULL,
  note       TEXT    NOT NULL,
  checked_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
  checked_at INTEGER NOT NULL,
  PRIMARY KEY (school_id, condition)
);

CREATE TABLE coach_fte_rule (
  from_pupils    INTEGER PRIMARY KEY,
  fte_hundredths INTEGER NOT NULL
);
INSERT INTO coach_fte_rule (from_pupils, fte_hundredths) VALUES (0, 20), (250, 30), (500, 40), (750, 50), (1000, 60);
