// What the home page shows, derived from the roles in /me. Pure, so the rules
// per role are tested without a browser.
import type { Me, Membership, Role } from '../../api/types';

export interface HomeTeam {
  id: number;
  name: string;
  schoolId: number | null;
  schoolName: string;
}

export interface HomeSchool {
  id: number;
  name: string;
  bestuurName: string;
  roles: Role[];
}

export interface HomeBestuur {
  id: number;
  name: string;
}

export interface HomePlan {
  /** Teams the user teaches in (leraar). */
  teams: HomeTeam[];
  /** Schools where the user has a school role (schoolcoach, schoolleider, expertcoach). */
  schools: HomeSchool[];
  /** Besturen the user sits on (bestuurder); their schools are loaded by the page. */
  besturen: HomeBestuur[];
  /** Programme staff: the page says what the role is for (they see no school's board without a role there). */
  programmeStaff: boolean;
  /** Platform admins see every school (GET /schools). */
  showSchoolList: boolean;
  showAdminLink: boolean;
  /** No role at all yet: the page explains how to get one. */
  hasNoRoles: boolean;
}

const SCHOOL_ROLES: ReadonlySet<Role> = new Set(['schoolcoach', 'schoolleider', 'expertcoach']);

export function homePlan(me: Me): HomePlan {
  const teams = new Map<number, HomeTeam>();
  const schools = new Map<number, HomeSchool>();
  const besturen = new Map<number, HomeBestuur>();
  let programmeStaff = false;

  for (const m of me.memberships) {
    if (m.role === 'leraar' && m.team_id !== null) {
      teams.set(m.team_id, {
        id: m.team_id,
        name: m.team_name ?? '',
        schoolId: m.school_id,
        schoolName: m.school_name ?? '',
      });
    } else if (SCHOOL_ROLES.has(m.role) && m.school_id !== null) {
      addSchoolRole(schools, m);
    } else if (m.role === 'bestuurder' && m.bestuur_id !== null) {
      besturen.set(m.bestuur_id, { id: m.bestuur_id, name: m.bestuur_name ?? '' });
    } else if (m.role === 'programmabeheerder') {
      programmeStaff = true;
    }
  }

  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'nl');
  return {
    teams: [...teams.values()].sort(byName),
    schools: [...schools.values()].sort(byName),
    besturen: [...besturen.values()].sort(byName),
    programmeStaff,
    showSchoolList: me.user.is_admin,
    showAdminLink: me.user.is_admin,
    hasNoRoles: me.memberships.length === 0 && !me.user.is_admin,
  };
}

function addSchoolRole(schools: Map<number, HomeSchool>, m: Membership): void {
  const id = m.school_id as number;
  const school = schools.get(id) ?? {
    id,
    name: m.school_name ?? '',
    bestuurName: m.bestuur_name ?? '',
    roles: [],
  };
  if (!school.roles.includes(m.role)) school.roles.push(m.role);
  schools.set(id, school);
}
