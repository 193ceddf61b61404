-- Uploaded materials of a lesson design (issue 12 point 1): the row that names
-- a file the FileStore keeps under storage_key (the bytes are not here).
-- A design's deletion removes its rows; the sweep job then removes the bytes.
CREATE TABLE lesson_materials (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  design_id    INTEGER NOT NULL REFERENCES lesson_designs (id) ON DELETE CASCADE,
  team_id      INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  name         TEXT    NOT NULL,
  content_type TEXT    NOT NULL,
  bytes        INTEGER NOT NULL CHECK (bytes > 0),
  storage_key  TEXT    NOT NULL UNIQUE,
  uploaded_by  INTEGER NOT NULL REFERENCES users (id),
  uploaded_at  INTEGER NOT NULL
);
CREATE INDEX lesson_materials_by_design ON lesson_materials (design_id);
