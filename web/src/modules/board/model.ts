// What the board shows, derived from a Board picture. Pure, so every rule
// (column order, overdue, where a dropped card lands, the shared session timer)
// is tested without a browser.
import type { AgendaKey, Board, BoardMember, BoardSession, Cycle, Goal, GoalUnit, Item, ItemKind, Verdict } from './types';

export const ACTION_COLUMNS = ['todo', 'doing', 'done'] as const;
export type ActionColumn = (typeof ACTION_COLUMNS)[number];

const byPosition = (a: Item, b: Item) => a.position - b.position || a.id - b.id;

/** Items of one kind (and, optionally, one status) in board order. */
export function itemsOf(items: readonly Item[], kind: ItemKind, status?: string): Item[] {
  return items.filter((i) => i.kind === kind && (status === undefined || i.status === status)).sort(byPosition);
}

export function actionColumns(items: readonly Item[]): Record<ActionColumn, Item[]> {
  return {
    todo: itemsOf(items, 'action', 'todo'),
    doing: itemsOf(items, 'action', 'doing'),
    done: itemsOf(items, 'action', 'done'),
  };
}

/**
 * The position that puts a card at `index` of a column (the column as shown,
 * without the card itself): halfway between its new neighbours. Undefined
 * means "at the end", which the server does when no position is sent.
 */
export function positionAt(column: readonly Item[], index: number, movingId: number): number | undefined {
  const others = column.filter((i) => i.id !== movingId);
  if (index >= others.length) return undefined;
  const after = others[index];
  if (index <= 0) return after.position - 1;
  const before = others[index - 1];
  return (before.position + after.position) / 2;
}

/** The neighbouring column for the keyboard ("move left/right"), or null at the edge. */
export function neighbourColumn(status: string, step: -1 | 1): ActionColumn | null {
  const index = ACTION_COLUMNS.indexOf(status as ActionColumn);
  if (index === -1) return null;
  return ACTION_COLUMNS[index + step] ?? null;
}

/** YYYY-MM-DD of a local date. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The Monday of the week a date falls in (how the API names a week). */
export function mondayOf(date: Date): string {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return isoDate(monday);
}

/** An open action past its due date. `today` is YYYY-MM-DD. */
export function isOverdue(item: Item, today: string): boolean {
  return item.kind === 'action' && item.status !== 'done' && !!item.due_on && item.due_on < today;
}

/**
 * Who can own actions: the team's teachers and the school's coaches and leaders,
 * each once, by name. (The server's list may name a person once per role.)
 */
export function owners(board: Board): BoardMember[] {
  const seen = new Map<number, BoardMember>();
  for (const m of board.members) {
    const inTeam = m.role === 'leraar' && (m.team_id === undefined || m.team_id === null || m.team_id === board.team.id);
    const staff = m.role === 'schoolcoach' || m.role === 'schoolleider';
    if ((inTeam || staff) && !seen.has(m.user_id)) seen.set(m.user_id, m);
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The team's own teachers (who attend a session), each once, by name. */
export function teamTeachers(board: Board): BoardMember[] {
  return owners(board).filter((m) => m.role === 'leraar');
}

export function currentGoals(board: Board): Goal[] {
  if (board.current_cycle_id === null) return board.goals;
  return board.goals.filter((g) => g.cycle_id === board.current_cycle_id);
}

export interface GoalProgress {
  latest: number | null;
  latestWeek: string | null;
  /** 0..1 of the way from baseline to target (may go below 0 or above 1). */
  fraction: number | null;
  reached: boolean;
  /** Compared with the measurement before: better, worse or the same, in the goal's direction. */
  trend: 'better' | 'worse' | 'same' | null;
}

export function goalProgress(goal: Goal): GoalProgress {
  const ms = goal.measurements;
  const last = ms.at(-1);
  if (!last) return { latest: null, latestWeek: null, fraction: null, reached: false, trend: null };
  const span = goal.target - goal.baseline;
  const fraction = span === 0 ? (last.value === goal.target ? 1 : 0) : (last.value - goal.baseline) / span;
  const reached = goal.direction === 'higher' ? last.value >= goal.target : last.value <= goal.target;
  let trend: GoalProgress['trend'] = null;
  const previous = ms.at(-2);
  if (previous) {
    const delta = (last.value - previous.value) * (goal.direction === 'higher' ? 1 : -1);
    trend = delta > 0 ? 'better' : delta < 0 ? 'worse' : 'same';
  }
  return { latest: last.value, latestWeek: last.week, fraction, reached, trend };
}

export interface SparkGeometry {
  /** SVG polyline points of the measurements. */
  line: string;
  /** y of the target and baseline lines. */
  targetY: number;
  baselineY: number;
  last: { x: number; y: number } | null;
}

/** Lays a goal's measurements, baseline and target out in a width×height box. */
export function sparkline(goal: Goal, width: number, height: number, pad = 3): SparkGeometry {
  const values = goal.measurements.map((m) => m.value);
  const all = [...values, goal.baseline, goal.target];
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (max === min) {
    max += 1;
    min -= 1;
  }
  const y = (v: number) => pad + (height - 2 * pad) * (1 - (v - min) / (max - min));
  const n = values.length;
  const x = (i: number) => (n <= 1 ? width / 2 : pad + ((width - 2 * pad) * i) / (n - 1));
  const points = values.map((v, i) => ({ x: round(x(i)), y: round(y(v)) }));
  return {
    line: points.map((p) => `${p.x},${p.y}`).join(' '),
    targetY: round(y(goal.target)),
    baselineY: round(y(goal.baseline)),
    last: points.at(-1) ?? null,
  };
}

const round = (v: number) => Math.round(v * 10) / 10;

export interface SessionClock {
  step: number;
  key: AgendaKey;
  stepMinutes: number;
  /** Seconds left of this step's timebox; negative once over time. */
  remainingSeconds: number;
  overTime: boolean;
  /** Seconds since the session started. */
  elapsedSeconds: number;
}

/**
 * The one shared timer: every screen computes it from the session's
 * step_started_at and the agenda, so all show the same (up to their clocks).
 */
export function sessionClock(session: BoardSession, nowMs: number): SessionClock {
  const step = Math.min(Math.max(session.step, 0), session.agenda.length - 1);
  const agendaStep = session.agenda[step];
  const stepStarted = Date.parse(session.step_started_at);
  const started = Date.parse(session.started_at);
  const remaining = agendaStep.minutes * 60 - Math.floor((nowMs - stepStarted) / 1000);
  return {
    step,
    key: agendaStep.key,
    stepMinutes: agendaStep.minutes,
    remainingSeconds: remaining,
    overTime: remaining < 0,
    elapsedSeconds: Math.max(0, Math.floor((nowMs - started) / 1000)),
  };
}

/** "4:05", "-0:30" */
export function formatClock(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const abs = Math.abs(seconds);
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

/** Whether a value fits a goal's unit, as the server checks it: 0–100 for a percentage, 1 or 0 for yes/no, a count or score not below 0. */
export function valueFits(unit: GoalUnit, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (unit === 'percentage') return value >= 0 && value <= 100;
  if (unit === 'yes_no') return value === 0 || value === 1;
  return value >= 0;
}

/** A number as the goal's unit reads it (yes/no is left to the caller's words). */
export function formatNumber(value: number, locale: string): string {
  return value.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
}

// The end of a cycle ---------------------------------------------------------

/** A date YYYY-MM-DD moved by whole days. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from one date YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** The cycle that runs today, or else the last one (the server's rule for current_cycle_id). */
export function currentCycleId(cycles: readonly Cycle[], today: string): number | null {
  const running = cycles.find((c) => c.starts_on <= today && today <= c.ends_on);
  if (running) return running.id;
  const last = [...cycles].sort((a, b) => a.starts_on.localeCompare(b.starts_on) || a.id - b.id).at(-1);
  return last?.id ?? null;
}

/** A cycle whose retrospective is due: it has none yet, and it has ended or is in its last week. */
export function isClosingDue(cycle: Cycle, today: string): boolean {
  return cycle.retrospective === null && addDays(cycle.ends_on, -6) <= today;
}

/** The cycles waiting for their retrospective, oldest first. */
export function cyclesToClose(cycles: readonly Cycle[], today: string): Cycle[] {
  return cycles.filter((c) => isClosingDue(c, today)).sort((a, b) => a.starts_on.localeCompare(b.starts_on));
}

/** The first cycle the team made after this one ends, if any: the retrospective goes on there. */
export function laterCycle(closed: Cycle, cycles: readonly Cycle[]): Cycle | null {
  return [...cycles].filter((c) => c.starts_on > closed.ends_on).sort((a, b) => a.starts_on.localeCompare(b.starts_on))[0] ?? null;
}

/**
 * The verdict the form suggests for a goal: reached ("yes") when its latest
 * measurement meets the target in the goal's direction, "partly" when it moved
 * from the baseline towards the target, "no" otherwise or without measurements.
 */
export function suggestedVerdict(goal: Goal): Verdict {
  const last = goal.measurements.at(-1);
  if (!last) return 'no';
  const sign = goal.direction === 'higher' ? 1 : -1;
  if ((last.value - goal.target) * sign >= 0) return 'yes';
  if ((last.value - goal.baseline) * sign > 0) return 'partly';
  return 'no';
}

/** The cycle's verdict from its goals': yes when all, no when none, partly otherwise (the server's rule). */
export function overallVerdict(verdicts: readonly Verdict[]): Verdict | null {
  if (verdicts.length === 0) return null;
  if (verdicts.every((v) => v === 'yes')) return 'yes';
  if (verdicts.every((v) => v === 'no')) return 'no';
  return 'partly';
}

/**
 * The next cycle as the form proposes it: the number in the name one up
 * ("Cyclus 2" → "Cyclus 3"; otherwise `fallbackName` with the cycle's number),
 * starting the day after the closed one ends and lasting as long.
 */
export function nextCycleDefaults(
  closed: Cycle,
  cycles: readonly Cycle[],
  fallbackName: (number: number) => string,
): { name: string; starts_on: string; ends_on: string } {
  const numbered = /^(.*?)(\d+)\s*$/.exec(closed.name);
  const position = [...cycles].sort((a, b) => a.starts_on.localeCompare(b.starts_on)).findIndex((c) => c.id === closed.id);
  const name = numbered ? `${numbered[1]}${Number(numbered[2]) + 1}` : fallbackName((position === -1 ? cycles.length : position) + 2);
  const starts_on = addDays(closed.ends_on, 1);
  return { name, starts_on, ends_on: addDays(starts_on, daysBetween(closed.starts_on, closed.ends_on)) };
}

export interface CarryOver {
  /** Every open action (to do, doing): they all stay on the board. */
  open: number;
  /** Of those, linked to a goal that goes on: they move along to its copy. */
  moving: number;
  /** Of those, linked to a goal of this cycle that stops: they keep their link. */
  stopping: number;
}

/** What the retrospective does with the board's open actions, for the summary in the form. */
export function carryOver(items: readonly Item[], cycleGoals: readonly Goal[], continuing: ReadonlySet<number>): CarryOver {
  const ofCycle = new Set(cycleGoals.map((g) => g.id));
  const open = items.filter((i) => i.kind === 'action' && (i.status === 'todo' || i.status === 'doing'));
  const linked = (i: Item) => i.goal_id !== null && ofCycle.has(i.goal_id);
  return {
    open: open.length,
    moving: open.filter((i) => linked(i) && continuing.has(i.goal_id as number)).length,
    stopping: open.filter((i) => linked(i) && !continuing.has(i.goal_id as number)).length,
  };
}
