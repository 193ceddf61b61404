-- The views above the team (the rhythm module's heatmap and overview) read a
-- school year of sessions and obstacles for many teams at once: by team and time.
CREATE INDEX board_sessions_by_team ON board_sessions (team_id, started_at);
CREATE INDEX board_items_by_team_kind ON board_items (team_id, kind, status);
