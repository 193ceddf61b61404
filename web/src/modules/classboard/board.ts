// The pure pieces of the class board's screens: the smiley faces, the week of
// a date (named by its Monday, as the server names weeks), the bars of the
// weekly measurement, the cards per column, the token or code in a link's
// #fragment (a fragment never reaches the server or its log), and whether a
// live event is newer than what a screen shows.
import type { ClassBoardView, ClassItem, ClassItemKind, ClassMeasurement, MeasureKind } from './types';

export const SMILEYS = ['😞', '😐', '😊'] as const;  // the faces of the voice module's PO scale

/** The face of a smiley value (1–3), or '' for anything else. */
export function smiley(value: number): string {
  return SMILEYS[value - 1] ?? '';
}

/** The Monday of the week that holds `date` (its local calendar day), as YYYY-MM-DD. */
export function mondayOf(date: Date): string {
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** The cards of one column, in the order they were made. */
export function itemsOf(items: readonly ClassItem[], kind: ClassItemKind): ClassItem[] {
  return items.filter((item) => item.kind === kind);
}

export interface Bar {
  week: string;
  value: number;
  /** Height as a share of the chart, 0–100. */
  percent: number;
}

/** The last `weeks` measurements as bars: smileys against 3, numbers against the highest value shown. */
export function bars(measurements: readonly ClassMeasurement[], kind: MeasureKind, weeks = 8): Bar[] {
  const shown = [...measurements].sort((a, b) => a.week.localeCompare(b.week)).slice(-weeks);
  const top = kind === 'smiley' ? 3 : Math.max(1, ...shown.map((m) => m.value));
  return shown.map((m) => ({ week: m.week, value: m.value, percent: Math.round((m.value / top) * 100) }));
}

/** This week's value, if the class recorded one. */
export function valueOfWeek(measurements: readonly ClassMeasurement[], week: string): number | null {
  return measurements.find((m) => m.week === week)?.value ?? null;
}

/** The token or code in a link's fragment ("#abc"), or ''. */
export function fromHash(hash: string): string {
  return decodeURIComponent(hash.replace(/^#/, '')).trim();
}

/** What a student typed as a class code, as the server reads it: capitals, without spaces or dashes. */
export function cleanCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase().slice(0, 12);
}

/**
 * A live event carries the whole board as screens show it: it replaces the picture on screen when it is
 * newer, and is a duplicate otherwise (a replay after a reconnect).
 */
export function applyBoardEvent<V extends ClassBoardView>(current: V, seq: number, event: ClassBoardView): { view: V; outcome: 'applied' | 'duplicate' } {
  if (seq <= current.board.seq) return { view: current, outcome: 'duplicate' };
  return { view: { ...current, ...event, board: { ...event.board, seq } }, outcome: 'applied' };
}
