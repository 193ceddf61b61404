-- Who made the last change to an item, goal or cycle, so a person whose edit
-- came too late is told who was first. Unset until the first change.
ALTER TABLE board_items ADD COLUMN updated_by INTEGER REFERENCES users (id);
ALTER TABLE goals ADD COLUMN updated_by INTEGER REFERENCES users (id);
ALTER TABLE cycles ADD COLUMN updated_by INTEGER REFERENCES users (id);
