-- The academy: modules of short instruction videos with step plans (Markdown),
-- and each person's mark per item (seen: watched; done: did the steps too).
CREATE TABLE academy_modules (
  id       INTEGER PRIMARY KEY,
  position INTEGER NOT NULL,
  title    TEXT    NOT NULL,
  summary  TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE academy_items (
  id         INTEGER PRIMARY KEY,
  module_id  INTEGER NOT NULL REFERENCES academy_modules (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  title      TEXT    NOT NULL,
  minutes    INTEGER NOT NULL CHECK (minutes > 0),
  video_url  TEXT    NOT NULL,
  steps      TEXT    NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX academy_items_of_module ON academy_items (module_id, position);

CREATE TABLE academy_marks (
  user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  item_id   INTEGER NOT NULL REFERENCES academy_items (id) ON DELETE CASCADE,
  state     TEXT    NOT NULL CHECK (state IN ('seen', 'done')),
  marked_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, item_id)
) WITHOUT ROWID;
CREATE INDEX academy_marks_of_item ON academy_marks (item_id);
