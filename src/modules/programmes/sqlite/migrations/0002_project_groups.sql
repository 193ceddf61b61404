-- Project groups of a round (seed 002: groups of 4 or 5): proposed by the
-- rules, adjusted by staff. A participant is in at most one, named by its
-- number within the round.
CREATE TABLE programme_project_groups (
  enrolment_id INTEGER PRIMARY KEY REFERENCES programme_enrolments (id) ON DELETE CASCADE,
  number       INTEGER NOT NULL CHECK (number > 0)
);
