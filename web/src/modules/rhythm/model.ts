// The rhythm's pure rules for the screens: whose rhythm a person sees first,
// where a heatmap cell leads, how rates read.
import type { Locale, Me } from '../../api/types';
import type { HeatmapRow, RhythmScope, WeekCell } from './types';

/** Where a person's rhythm starts: the bestuur for a bestuurder, the school for its leader and coaches, else the team. */
export function homeScope(me: Me | null): RhythmScope | null {
  if (!me) return null;
  const bestuur = me.memberships.find((m) => m.role === 'bestuurder' && m.bestuur_id !== null);
  if (bestuur?.bestuur_id) return { kind: 'bestuur', id: bestuur.bestuur_id };
  const school = me.memberships.find(
    (m) => (m.role === 'schoolleider' || m.role === 'schoolcoach' || m.role === 'expertcoach') && m.team_id === null,
  );
  if (school?.school_id) return { kind: 'school', id: school.school_id };
  const team = me.memberships.find((m) => m.role === 'leraar' && m.team_id !== null);
  if (team?.team_id) return { kind: 'team', id: team.team_id };
  return null;
}

/** Who gets the rhythm in the menu: anyone with a place whose rhythm they may see. */
export function seesRhythm(me: Me): boolean {
  return homeScope(me) !== null;
}

/** Whose rhythm or cascade a path shows: /besturen/…, /scholen/… or /teams/…. */
export function scopeOfPath(path: string): RhythmScope['kind'] {
  if (path.startsWith('/besturen/')) return 'bestuur';
  return path.startsWith('/scholen/') ? 'school' : 'team';
}

export function rhythmPath(scope: RhythmScope): string {
  const kind = scope.kind === 'bestuur' ? 'besturen' : scope.kind === 'school' ? 'scholen' : 'teams';
  return `/${kind}/${scope.id}/ritme`;
}

/**
 * Where a cell leads: a team's week to its detail; a school's week to the school's
 * heatmap with that week marked. Weeks still to come lead nowhere.
 */
export function cellHref(row: HeatmapRow, cell: WeekCell): string | null {
  if (cell.state === 'future') return null;
  if (row.kind === 'school') return `/scholen/${row.school_id}/ritme?week=${cell.week}`;
  return `/teams/${row.id}/ritme/${cell.week}`;
}

/** A rate as a whole percentage, or null when it is not shown. */
export function percent(rate: number | null | undefined): number | null {
  return rate === null || rate === undefined ? null : Math.round(rate * 100);
}

/** A team is a gap now when its last two school weeks or more went by without a session. */
export function hasGap(row: HeatmapRow): boolean {
  return row.figures.missed_in_a_row >= 2;
}

/** The weeks of a row that fall in a calendar month, for the heatmap's month headers: [label month index, span]. */
export function monthSpans(weeks: readonly string[]): { month: string; span: number }[] {
  const spans: { month: string; span: number }[] = [];
  for (const week of weeks) {
    const month = week.slice(0, 7);
    const last = spans[spans.length - 1];
    if (last && last.month === month) last.span += 1;
    else spans.push({ month, span: 1 });
  }
  return spans;
}

/** A month's short name in the reader's language ("okt", "Oct"), for the heatmap's month headers. */
export function monthLabel(month: string, locale: Locale): string {
  return new Date(`${month}-01T12:00:00`).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', { month: 'short' });
}
