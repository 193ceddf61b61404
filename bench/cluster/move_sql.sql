-- A whole move: the access check's read (its own transaction), then the write with its commit token.
-- bench/cluster/move_sql.sh also runs the write alone: this script without the two reads before BEGIN and the token.
-- The statements of one card move as the server sends them (log_statement=all, 2026-12-02), one pgbench client
-- per board (bench_cards: client -> its card and board). Refresh them when the board's store changes.
SELECT item_id, team_id FROM bench_cards WHERE client = :client_id \gset
SELECT i.id, i.team_id, i.kind, i.text, i.notes, i.status, i.position, i.goal_id, i.due_on, i.created_by, u.name, i.created_at, i.updated_at, i.status_changed_at, i.previous_status, i.leadership_reply, i.version, i.from_obstacle_id, i.updated_by, (SELECT name FROM users WHERE users.id = i.updated_by), i.source_kind, i.source_id, o.user_id FROM board_items i JOIN users u ON u.id = i.created_by LEFT JOIN board_item_owners o ON o.item_id = i.id WHERE i.id = :item_id ORDER BY o.user_id;
SELECT t.id, t.school_id, s.bestuur_id FROM teams t JOIN schools s ON s.id = t.school_id WHERE t.id = :team_id;
BEGIN;
SELECT i.id, i.team_id, i.kind, i.text, i.notes, i.status, i.position, i.goal_id, i.due_on, i.created_by, u.name, i.created_at, i.updated_at, i.status_changed_at, i.previous_status, i.leadership_reply, i.version, i.from_obstacle_id, i.updated_by, (SELECT name FROM users WHERE users.id = i.updated_by), i.source_kind, i.source_id, o.user_id FROM board_items i JOIN users u ON u.id = i.created_by LEFT JOIN board_item_owners o ON o.item_id = i.id WHERE i.id = :item_id ORDER BY o.user_id;
SELECT t.id, t.school_id, s.bestuur_id FROM teams t JOIN schools s ON s.id = t.school_id WHERE t.id = :team_id;
SELECT COALESCE(MAX(position), 0) FROM board_items WHERE team_id = :team_id AND kind = 'action' AND status = 'doing';
UPDATE board_items SET status = CASE WHEN status = 'todo' THEN 'doing' ELSE 'todo' END, position = position + 1, updated_at = 1796218735, version = version + 1 WHERE id = :item_id;
INSERT INTO rhythm_team_versions (team_id, version) VALUES (:team_id, 1) ON CONFLICT (team_id) DO UPDATE SET version = rhythm_team_versions.version + 1;
INSERT INTO boards (team_id, last_seq) VALUES (:team_id, 1) ON CONFLICT (team_id) DO UPDATE SET last_seq = boards.last_seq + 1 RETURNING last_seq;
INSERT INTO store_commits (token) VALUES (md5(random()::text));
SELECT CAST(pg_current_xact_id() AS TEXT);
COMMIT;
