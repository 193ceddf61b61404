-- Failed sign-ins per account and per address, shared by every server process
-- that uses the database (the throttle of modules/organisation/core/login_throttle.h).
CREATE TABLE login_failures (
  key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL CHECK (failures > 0),
  last_failure INTEGER NOT NULL
);
CREATE INDEX login_failures_by_time ON login_failures (last_failure);
