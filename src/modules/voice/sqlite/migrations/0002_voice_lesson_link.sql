-- A feedback round may be about a lesson design (issue 13 point 1): the design
-- of the lessons module it asks about, or NULL. No foreign key: a module names
-- no other module's tables but the organisation's; the use case checks that the
-- design is of the round's team when the round is opened.
ALTER TABLE voice_rounds ADD COLUMN lesson_design_id INTEGER;
CREATE INDEX voice_rounds_by_lesson_design ON voice_rounds (lesson_design_id) WHERE lesson_design_id IS NOT NULL;
