// Groups memberships per person, so someone who is teacher in two teams and
// school coach shows as one row with three roles.
import type { Role } from '../../../api/types';
import type { Member } from '../types';

export interface PersonRole {
  membershipId: number;
  role: Role;
  teamId: number | null;
}

export interface Person {
  userId: number;
  name: string;
  email: string;
  roles: PersonRole[];
}

const ROLE_ORDER: Role[] = [
  'schoolleider', 'schoolcoach', 'leraar', 'expertcoach', 'bestuurder', 'programmabeheerder',
];

export function groupByPerson(members: readonly Member[]): Person[] {
  const people = new Map<number, Person>();
  for (const m of members) {
    const person = people.get(m.user_id) ?? { userId: m.user_id, name: m.name, email: m.email, roles: [] };
    person.roles.push({ membershipId: m.membership_id, role: m.role, teamId: m.team_id });
    people.set(m.user_id, person);
  }
  for (const person of people.values()) {
    person.roles.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** Where a role is held, in words: "Groep 3-4 · OBS De Regenboog", "OBS De Regenboog", "Stichting Samen Leren", or '' on the platform. */
export function placeOf(where: {
  team_name: string | null;
  school_name: string | null;
  bestuur_name: string | null;
}): string {
  if (where.team_name) return `${where.team_name} · ${where.school_name ?? ''}`;
  return where.school_name ?? where.bestuur_name ?? '';
}
