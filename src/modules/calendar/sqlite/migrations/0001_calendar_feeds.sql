-- The calendar module: one feed per person, known by the hash of its secret
-- token (the token itself is shown once and never stored).
CREATE TABLE calendar_feeds (
  user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  token_hash TEXT    NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
