-- A person's work across teams (Mijn acties) and the weekly digest of overdue actions:
-- actions by owner, obstacles by author, open actions by due date.
CREATE INDEX board_item_owners_by_user ON board_item_owners (user_id, item_id);
CREATE INDEX board_items_by_author ON board_items (created_by, kind);
CREATE INDEX board_items_open_actions_by_due ON board_items (due_on) WHERE kind = 'action' AND status IN ('todo', 'doing');
