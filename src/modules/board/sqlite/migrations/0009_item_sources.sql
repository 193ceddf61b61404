-- Numbered 9: main's board took 8 (0008_team_figures.sql) meanwhile; the runner applies what is above the last one applied.
-- Where an item came from when another module put it on the board through the board's entry point
-- (core/item_sources.h): a lesson visit's reflection today ("lesson_visit", id), a mentoring meeting later.
-- The id is the other module's; no foreign key, since the board names no other module's tables.
ALTER TABLE board_items ADD COLUMN source_kind TEXT;
ALTER TABLE board_items ADD COLUMN source_id INTEGER;
CREATE INDEX board_items_by_source ON board_items (source_kind, source_id) WHERE source_kind IS NOT NULL;
