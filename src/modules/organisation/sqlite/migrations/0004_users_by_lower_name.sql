-- The person search compares and orders by lower(name), the same SQL on SQLite
-- and PostgreSQL (COLLATE NOCASE is SQLite's own); its index follows. Both fold
-- ASCII letters only, so the order stays as it was.
DROP INDEX users_by_name;
CREATE INDEX users_by_name ON users (lower(name));
