-- The calendar module on PostgreSQL (the schema as sqlite/migrations ends):
-- one feed per person, known by the hash of its secret token (the token itself
-- is shown once and never stored).
CREATE TABLE calendar_feeds (
  user_id    BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  token_hash TEXT   NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
