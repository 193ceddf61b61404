// Pure helpers of the programmes screens: money in cents as people read it,
// hours from minutes, a programme's places and next round, the rows of the
// comparison and the ids in its shareable URL. No DOM, so they are unit-tested.
import type { Locale } from '../../api/types';
import type { AssignmentItem, HandInLine, ProgrammeEntry, Round } from './types';

/** "€ 900,00" (nl) or "€900.00" (en). */
export function money(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Whole hours, or hours with one decimal: 90 minutes -> "1,5" (nl). */
export function hours(minutes: number, locale: Locale): string {
  const value = Math.round(minutes / 6) / 10;
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}

/** Share of a part done, 0–100, for a progress bar. */
export function percentDone(done: number, required: number): number {
  if (required <= 0) return 100;
  return Math.min(100, Math.round((done / required) * 100));
}

/** Every distinct place of a programme's sessions, in order of first appearance. */
export function places(entry: ProgrammeEntry): string[] {
  const seen = new Set<string>();
  for (const round of entry.rounds) for (const s of round.sessions) seen.add(s.place);
  return [...seen];
}

/** The round one can enrol in now, if any (the soonest to close). */
export function openRound(entry: ProgrammeEntry): Round | null {
  const open = entry.rounds.filter((r) => r.state === 'open');
  open.sort((a, b) => a.enrolment_closes_at.localeCompare(b.enrolment_closes_at));
  return open[0] ?? null;
}

/** The ids of a comparison from its URL ("?ids=3,1"): 2 to 4 different positive ids, else an empty list. */
export function comparisonIds(query: string | null): number[] {
  if (!query) return [];
  const ids = query.split(',').map((part) => Number(part));
  if (ids.some((n) => !Number.isInteger(n) || n <= 0)) return [];
  if (new Set(ids).size !== ids.length || ids.length < 2 || ids.length > 4) return [];
  return ids;
}

/** The shareable path of a comparison. */
export function comparisonPath(ids: readonly number[]): string {
  return `/opleidingen/vergelijk?ids=${ids.join(',')}`;
}

/** Adds or removes an id from a selection of at most four. */
export function toggleSelection(selected: readonly number[], id: number): number[] {
  if (selected.includes(id)) return selected.filter((n) => n !== id);
  if (selected.length >= 4) return [...selected];
  return [...selected, id];
}

/** Audience roles grouped by sector, in the programme's order: [["PO", ["Bestuurders", ...]], ...]. */
export function audienceBySector(entry: { audience: { sector: string; role: string }[] }): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const a of entry.audience) {
    const list = groups.get(a.sector) ?? [];
    list.push(a.role);
    groups.set(a.sector, list);
  }
  return [...groups.entries()];
}

/** Project groups from a number per enrolment (0 or empty: none): groups in order of their number, empty numbers skipped. */
export function groupsFromNumbers(numbers: Record<number, number>): number[][] {
  const byNumber = new Map<number, number[]>();
  for (const [id, n] of Object.entries(numbers)) {
    if (!n || n < 1) continue;
    byNumber.set(n, [...(byNumber.get(n) ?? []), Number(id)]);
  }
  return [...byNumber.entries()].sort(([a], [b]) => a - b).map(([, ids]) => ids.sort((x, y) => x - y));
}

/** The assignments that still ask something of the participant: to do, overdue, or returned for changes. */
export function assignmentsToDo(items: readonly AssignmentItem[]): number {
  return items.filter((i) => i.state === 'todo' || i.state === 'overdue' || i.state === 'returned').length;
}

/** Whether the participant may (still) hand in: everything but accepted work. */
export function mayHandIn(item: AssignmentItem): boolean {
  return item.state !== 'accepted';
}

/** Staff read the hand-ins that wait for feedback first, then the rest in the server's order (arrival). */
export function waitingFirst(lines: readonly HandInLine[]): HandInLine[] {
  const waiting = (l: HandInLine) => (l.state === 'submitted' || l.state === 'submitted_late' ? 0 : 1);
  return lines.map((line, index) => ({ line, index }))
    .sort((a, b) => waiting(a.line) - waiting(b.line) || a.index - b.index)
    .map(({ line }) => line);
}
