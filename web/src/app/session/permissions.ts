// Which management controls to show. The server enforces access; these only
// keep people from seeing buttons that would be refused.
import type { Me } from '../../api/types';

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

/**
 * May change the team's board: a teacher of that team, a school coach or school
 * leader of its school (or an admin). The bestuurder and expert coach only read.
 */
export function canEditBoard(me: Me | null, teamId: number, schoolId: number): boolean {
  if (!me) return false;
  if (me.user.is_admin) return true;
  return me.memberships.some(
    (m) =>
      (m.role === 'leraar' && m.team_id === teamId) ||
      ((m.role === 'schoolcoach' || m.role === 'schoolleider') && m.school_id === schoolId),
  );
}

/** School leader of at least one school: gets the obstacles list. */
export function leadsASchool(me: Me | null): boolean {
  return !!me?.memberships.some((m) => m.role === 'schoolleider');
}

/** School leader of this school: answers its obstacles. */
export function leadsSchool(me: Me | null, schoolId: number): boolean {
  return !!me?.memberships.some((m) => m.role === 'schoolleider' && m.school_id === schoolId);
}
