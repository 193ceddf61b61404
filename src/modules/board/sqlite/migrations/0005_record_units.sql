-- A session record's measurement keeps its value and the goal's unit as they
-- were when the session closed (issue 11): "52%" stays "52%", a yes/no stays
-- "ja", whatever happens to the goal later. Lines written before kept only the
-- text "week: value"; they take the value from it and the unit of their goal
-- as it is now, or none when the goal is gone.

ALTER TABLE board_session_records ADD COLUMN unit TEXT NOT NULL DEFAULT ''
  CHECK (unit IN ('', 'percentage', 'count', 'score', 'yes_no'));
ALTER TABLE board_session_records ADD COLUMN value REAL;

UPDATE board_session_records
   SET value = CAST(substr(detail, instr(detail, ': ') + 2) AS REAL),
       unit = COALESCE((SELECT g.unit FROM goals g WHERE g.id = board_session_records.ref_id), '')
 WHERE kind = 'measurement' AND instr(detail, ': ') > 0;
