// Which management controls to show. The server enforces access; these only
// keep people from seeing buttons that would be refused.
import type { Me } from '../api/types';

/** Schoolleider of that school, or platform admin: may manage teams, members and invitations. */
export function canManageSchool(me: Me | null, schoolId: number): boolean {
  if (!me) return false;
  if (me.user.is_admin) return true;
  return me.memberships.some((m) => m.role === 'schoolleider' && m.school_id === schoolId);
}

/** Whether the school page is worth linking to from a team page. */
export function canOpenSchool(me: Me | null, schoolId: number): boolean {
  if (!me) return false;
  if (me.user.is_admin) return true;
  return me.memberships.some(
    (m) => (m.school_id === schoolId && m.team_id === null) || m.role === 'bestuurder',
  );
}

/** A membership the user may not remove: a schoolleider's own school role. */
export function isOwnLeadership(me: Me | null, membershipId: number): boolean {
  return !!me?.memberships.some((m) => m.id === membershipId && m.role === 'schoolleider');
}
