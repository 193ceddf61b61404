// Builders for /me answers in unit tests.
import type { Me, Membership, Role } from '../../api/types';

let nextId = 1;

export function membership(role: Role, scope: Partial<Membership> = {}): Membership {
  return {
    id: nextId++,
    role,
    team_id: null,
    team_name: null,
    school_id: null,
    school_name: null,
    bestuur_id: null,
    bestuur_name: null,
    ...scope,
  };
}

export function meWith(memberships: Membership[], isAdmin = false): Me {
  return {
    user: { id: 1, email: 'sanne@school.nl', name: 'Sanne de Vries', is_admin: isAdmin, locale: 'nl' },
    memberships,
    csrf_token: 't',
  };
}

export const regenboog = { school_id: 1, school_name: 'OBS De Regenboog', bestuur_id: 1, bestuur_name: 'Stichting Samen Leren' };
