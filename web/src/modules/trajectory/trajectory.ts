// Pure rules of the trajectory pages: who gets which controls (the server
// decides; these only hide buttons that would be refused), the schools a
// person follows, and the pipeline counted per phase.
import type { Me } from '../../api/types';
import { PHASES, type Phase, type PipelineSchool } from './types';

export const isProgrammeStaff = (me: Me | null): boolean =>
  !!me && (me.user.is_admin || me.memberships.some((m) => m.role === 'programmabeheerder'));

/** Programme staff, or the school's expert coach: records steps and checks conditions. */
export function canRunTrajectory(me: Me | null, schoolId: number): boolean {
  if (isProgrammeStaff(me)) return true;
  return !!me?.memberships.some((m) => m.role === 'expertcoach' && m.school_id === schoolId);
}

/** The schools whose trajectory this person follows through a school role (bestuurders see theirs via the bestuur). */
export function followedSchools(me: Me | null): { id: number; name: string }[] {
  const seen = new Map<number, string>();
  for (const m of me?.memberships ?? []) {
    if (m.school_id !== null && m.team_id === null && ['schoolleider', 'schoolcoach', 'expertcoach'].includes(m.role)) {
      seen.set(m.school_id, m.school_name ?? '');
    }
  }
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export const followsAnySchool = (me: Me | null): boolean =>
  followedSchools(me).length > 0 || !!me?.memberships.some((m) => m.role === 'bestuurder');

/** 1 for registration … 8 for the second year. */
export const phaseNumber = (phase: Phase): number => PHASES.indexOf(phase) + 1;

/** How many schools are in each phase, in the phases' order. */
export function countByPhase(schools: readonly PipelineSchool[]): { phase: Phase; count: number }[] {
  return PHASES.map((phase) => ({ phase, count: schools.filter((s) => s.phase === phase).length }));
}

/** Whether a phase is behind, at or ahead of the school's current one. */
export function phaseState(phase: Phase, current: Phase | null): 'done' | 'current' | 'todo' {
  if (current === null) return 'todo';
  const at = PHASES.indexOf(current);
  const index = PHASES.indexOf(phase);
  return index < at ? 'done' : index === at ? 'current' : 'todo';
}
