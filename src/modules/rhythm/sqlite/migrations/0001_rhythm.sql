-- The rhythm module (issue 17): a bestuur's strategic goals, the link from a
-- school's ambition (the board's) to one of them, and the school holidays
-- staff add beside the dataset that comes with the module
-- (data/schoolvakanties.csv). Ids are never reused (AUTOINCREMENT).
CREATE TABLE strategic_goals (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  bestuur_id  INTEGER NOT NULL REFERENCES besturen (id) ON DELETE CASCADE,
  school_year TEXT    NOT NULL,
  title       TEXT    NOT NULL,
  description TEXT    NOT NULL DEFAULT '',
  version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX strategic_goals_by_bestuur ON strategic_goals (bestuur_id, school_year);

-- An ambition serves at most one strategic goal of its school's bestuur.
CREATE TABLE ambition_strategic_goals (
  ambition_id       INTEGER PRIMARY KEY REFERENCES ambitions (id) ON DELETE CASCADE,
  strategic_goal_id INTEGER NOT NULL REFERENCES strategic_goals (id) ON DELETE CASCADE
);
CREATE INDEX ambition_strategic_goals_by_goal ON ambition_strategic_goals (strategic_goal_id);

CREATE TABLE school_holidays (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  region      TEXT    NOT NULL CHECK (region IN ('noord', 'midden', 'zuid')),
  school_year TEXT    NOT NULL,
  name        TEXT    NOT NULL,
  starts_on   TEXT    NOT NULL,
  ends_on     TEXT    NOT NULL,
  added_by    INTEGER REFERENCES users (id) ON DELETE SET NULL,
  added_at    INTEGER NOT NULL,
  UNIQUE (region, starts_on, name)
);
