-- A place held for a colleague without an account (issue 14, point 4; SQLite's
-- 0003_held_places.sql): until they accept, the enrolment has no user; it names
-- the invitation, the address and until when the place is held.
ALTER TABLE programme_enrolments ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE programme_enrolments ADD COLUMN invitation_id BIGINT REFERENCES invitations (id) ON DELETE SET NULL;
ALTER TABLE programme_enrolments ADD COLUMN invited_email TEXT NOT NULL DEFAULT '';
ALTER TABLE programme_enrolments ADD COLUMN held_until BIGINT;
ALTER TABLE programme_enrolments ADD CONSTRAINT programme_enrolments_someone CHECK (user_id IS NOT NULL OR invited_email <> '');
CREATE INDEX programme_enrolments_by_enroller ON programme_enrolments (enrolled_by);
CREATE INDEX programme_enrolments_by_invitation ON programme_enrolments (invitation_id);
-- Nor is one address held twice in a round.
CREATE UNIQUE INDEX programme_enrolments_held_once ON programme_enrolments (round_id, invited_email)
  WHERE status <> 'cancelled' AND user_id IS NULL;
-- The places still held, for the job that frees expired ones.
CREATE INDEX programme_enrolments_held ON programme_enrolments (held_until) WHERE user_id IS NULL AND status <> 'cancelled';
