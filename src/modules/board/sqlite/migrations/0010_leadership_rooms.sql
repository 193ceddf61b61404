-- Each school's leadership room (the school leader's live list of obstacles) numbers its events here, inside
-- the write that made the change, as boards.last_seq does for a board: with several server processes on one
-- database they all count on from the same number. A row appears with the school's first such event.
CREATE TABLE leadership_rooms (
  school_id INTEGER PRIMARY KEY REFERENCES schools (id) ON DELETE CASCADE,
  last_seq  INTEGER NOT NULL
);
