// Pure rules of the academy pages: who gets which controls (the server decides;
// these only hide what would be refused), the schools whose progress a person
// follows, and a module's own progress counted for the catalogue's bars.
import type { Me } from '../../api/types';
import type { CatalogueModule } from './types';

export const editsAcademy = (me: Me | null): boolean =>
  !!me && (me.user.is_admin || me.memberships.some((m) => m.role === 'programmabeheerder'));

const PROGRESS_ROLES = ['schoolcoach', 'schoolleider', 'expertcoach'];

/** The schools whose teams' progress this person sees: as their school coach, school leader or expert coach. */
export function progressSchools(me: Me | null): { id: number; name: string }[] {
  const found = new Map<number, string>();
  for (const m of me?.memberships ?? []) {
    if (m.school_id !== null && m.team_id === null && PROGRESS_ROLES.includes(m.role)) found.set(m.school_id, m.school_name ?? '');
  }
  return [...found].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** Whole percent of a module's items this person marked done, rounded down (100 only when all are done). */
export function donePercent(module: Pick<CatalogueModule, 'done' | 'item_count'>): number {
  if (module.item_count <= 0) return 0;
  return Math.floor((module.done * 100) / module.item_count);
}

/** Minutes of video in a module. */
export const moduleMinutes = (module: Pick<CatalogueModule, 'items'>): number =>
  module.items.reduce((sum, item) => sum + item.minutes, 0);

/** The whole catalogue's items done and in all, for the page's overall bar. */
export function overall(modules: readonly CatalogueModule[]): { done: number; total: number } {
  return modules.reduce((sum, m) => ({ done: sum.done + m.done, total: sum.total + m.item_count }), { done: 0, total: 0 });
}

/** A video link as the browser may follow it: http(s) only (the server checks too), else null. */
export function safeVideoLink(link: string): string | null {
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
