// The public mentor form's pure logic: an empty form, which fields must be
// filled before the server is asked, and which requirement a reason code
// belongs to (so the reason shows at its field). Unit-tested in form.test.ts.
import type { MentorForm, Reason } from './types';

/** The programme's own four regions (wider than the schools' three holiday regions). */
export const REGIONS = ['noord', 'oost', 'midden', 'zuid'] as const;
export const SECTORS = ['po', 'vo', 'mbo', 'hbo'] as const;
export const MONTHS = ['december', 'january', 'february', 'march'] as const;

export function emptyMentorForm(): MentorForm {
  return {
    name: '', email: '', phone: '', organisation: '', role: '', track: '', years_in_role: null, team_size: null,
    years_ci: null, capacity: 1, region: '', municipality: '', sectors: [], mode: 'either', months: [...MONTHS], topics: '',
  };
}

/** Whether enough is filled in to ask the server for the live check (role or track, years, region). */
export function readyToCheck(form: MentorForm): boolean {
  return (form.role.trim() !== '' || form.track !== '') && form.years_in_role !== null && form.region !== '';
}

/** The form field a requirement's reason belongs to. */
export function fieldOfReason(reason: Pick<Reason, 'code'>): keyof MentorForm {
  switch (reason.code) {
    case 'team_too_small': return 'team_size';
    case 'too_little_ci_experience': return 'years_ci';
    case 'no_capacity': return 'capacity';
    default: return 'years_in_role';
  }
}

/** A page of `size` rows starting at `offset`, clamped to what exists. */
export function pageBounds(total: number, offset: number, size: number): { from: number; to: number; last: number } {
  const last = total === 0 ? 0 : Math.floor((total - 1) / size) * size;
  const from = Math.max(0, Math.min(offset, last));
  return { from, to: Math.min(total, from + size), last };
}
