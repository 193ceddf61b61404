-- An obstacle's life (issue 11): open on the team's board, handed to the
-- leadership (status 'leadership': waiting for them), answered, taken on by a
-- leader as an action of her own, resolved by the leadership or the team.
-- Before, an answered or taken-on obstacle stayed 'leadership' with a reply.
-- An action a leader took on now names the obstacle it came from.

ALTER TABLE board_items ADD COLUMN from_obstacle_id INTEGER REFERENCES board_items (id) ON DELETE SET NULL;
-- ON DELETE SET NULL looks the referencing rows up by this column.
CREATE INDEX board_items_by_obstacle ON board_items (from_obstacle_id);

-- A take-on before this migration: the leader's action kept the obstacle's text
-- in its notes, and the obstacle's reply read "<leader's name>: <action text>".
UPDATE board_items
   SET from_obstacle_id = (
         SELECT o.id FROM board_items o JOIN users u ON u.id = board_items.created_by
          WHERE o.team_id = board_items.team_id AND o.kind = 'obstacle' AND o.text = board_items.notes
            AND o.leadership_reply = u.name || ': ' || board_items.text
          ORDER BY o.id LIMIT 1)
 WHERE kind = 'action' AND notes != '';

UPDATE board_items SET status = 'taken_on'
 WHERE kind = 'obstacle' AND status = 'leadership'
   AND id IN (SELECT from_obstacle_id FROM board_items WHERE from_obstacle_id IS NOT NULL);

UPDATE board_items SET status = 'answered'
 WHERE kind = 'obstacle' AND status = 'leadership' AND leadership_reply != '';
