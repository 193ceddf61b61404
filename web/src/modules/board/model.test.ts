import { describe, expect, it } from 'vitest';
import { board, goal, item, measurement, session } from './live/fixtures';
import type { Cycle } from './types';
import {
  actionColumns, addDays, carryOver, currentCycleId, cyclesToClose, formatClock, goalProgress, isClosingDue, isOverdue,
  laterCycle, mondayOf, neighbourColumn, nextCycleDefaults, overallVerdict, owners, positionAt, sessionClock, sparkline,
  suggestedVerdict, valueFits,
} from './model';

describe('actionColumns', () => {
  it('puts actions in their column, ordered by position', () => {
    const cols = actionColumns([
      item(1, { status: 'doing', position: 5 }),
      item(2, { status: 'todo', position: 9 }),
      item(3, { status: 'todo', position: 2 }),
      item(4, { kind: 'success', status: 'open' }),
    ]);
    expect(cols.todo.map((i) => i.id)).toEqual([3, 2]);
    expect(cols.doing.map((i) => i.id)).toEqual([1]);
    expect(cols.done).toEqual([]);
  });
});

describe('positionAt', () => {
  const column = [item(1, { position: 1 }), item(2, { position: 2 }), item(3, { position: 4 })];
  it('lands between the new neighbours', () => {
    expect(positionAt(column, 0, 9)).toBe(0);
    expect(positionAt(column, 1, 9)).toBe(1.5);
    expect(positionAt(column, 2, 9)).toBe(3);
    expect(positionAt(column, 3, 9)).toBeUndefined(); // at the end
  });
  it('ignores the moving card itself', () => {
    expect(positionAt(column, 1, 1)).toBe(3); // between 2 and 3
    expect(positionAt([], 0, 1)).toBeUndefined();
  });
});

describe('neighbourColumn', () => {
  it('steps left and right and stops at the edges', () => {
    expect(neighbourColumn('todo', 1)).toBe('doing');
    expect(neighbourColumn('doing', -1)).toBe('todo');
    expect(neighbourColumn('done', 1)).toBeNull();
    expect(neighbourColumn('todo', -1)).toBeNull();
    expect(neighbourColumn('open', 1)).toBeNull();
  });
});

describe('isOverdue', () => {
  it('marks open actions past their due date only', () => {
    expect(isOverdue(item(1, { due_on: '2026-11-20' }), '2026-11-23')).toBe(true);
    expect(isOverdue(item(1, { due_on: '2026-11-23' }), '2026-11-23')).toBe(false);
    expect(isOverdue(item(1, { due_on: '2026-11-20', status: 'done' }), '2026-11-23')).toBe(false);
    expect(isOverdue(item(1, { due_on: null }), '2026-11-23')).toBe(false);
    expect(isOverdue(item(1, { kind: 'success', due_on: '2026-11-01' }), '2026-11-23')).toBe(false);
  });
});

describe('mondayOf', () => {
  it('names the week by its Monday', () => {
    expect(mondayOf(new Date(2026, 10, 23))).toBe('2026-11-23'); // a Monday
    expect(mondayOf(new Date(2026, 10, 29))).toBe('2026-11-23'); // Sunday
    expect(mondayOf(new Date(2026, 10, 25))).toBe('2026-11-23');
    expect(mondayOf(new Date(2027, 0, 1))).toBe('2026-12-28'); // across the year
  });
});

describe('owners', () => {
  it('lists the team’s teachers and the school staff once each, by name', () => {
    const b = board({
      members: [
        { user_id: 19, name: 'Anouk', role: 'leraar', team_id: 2 },
        { user_id: 9, name: 'Bram', role: 'leraar', team_id: 1 },
        { user_id: 6, name: 'Lotte', role: 'leraar', team_id: 1 },
        { user_id: 6, name: 'Lotte', role: 'schoolcoach', team_id: null },
        { user_id: 5, name: 'Karin', role: 'schoolleider', team_id: null },
        { user_id: 2, name: 'Marieke', role: 'expertcoach', team_id: null },
      ],
    });
    expect(owners(b).map((m) => m.name)).toEqual(['Anouk', 'Karin', 'Lotte']);
  });
});

describe('goalProgress', () => {
  it('knows the latest value, the way to the target and the trend', () => {
    const g = goal(1, {
      baseline: 20,
      target: 60,
      measurements: [measurement(1, 1, '2026-11-02', 30), measurement(2, 1, '2026-11-09', 40)],
    });
    expect(goalProgress(g)).toEqual({ latest: 40, latestWeek: '2026-11-09', fraction: 0.5, reached: false, trend: 'better' });
  });

  it('reads "lower is better" goals the other way round', () => {
    const g = goal(1, {
      direction: 'lower',
      baseline: 9,
      target: 4,
      measurements: [measurement(1, 1, '2026-11-02', 5), measurement(2, 1, '2026-11-09', 4)],
    });
    const p = goalProgress(g);
    expect(p.reached).toBe(true);
    expect(p.trend).toBe('better');
    expect(p.fraction).toBe(1);
  });

  it('has nothing to say without measurements', () => {
    expect(goalProgress(goal(1)).latest).toBeNull();
  });
});

describe('sparkline', () => {
  it('spans the box and places the target line', () => {
    const g = goal(1, {
      baseline: 0,
      target: 100,
      measurements: [measurement(1, 1, '2026-11-02', 0), measurement(2, 1, '2026-11-09', 100)],
    });
    const s = sparkline(g, 100, 40, 0);
    expect(s.line).toBe('0,40 100,0');
    expect(s.targetY).toBe(0);
    expect(s.baselineY).toBe(40);
    expect(s.last).toEqual({ x: 100, y: 0 });
  });

  it('copes with one measurement and a flat goal', () => {
    const g = goal(1, { baseline: 5, target: 5, measurements: [measurement(1, 1, '2026-11-02', 5)] });
    const s = sparkline(g, 100, 40, 0);
    expect(s.line).toBe('50,20');
  });
});

describe('sessionClock', () => {
  const s = session({ step: 1, started_at: '2026-11-23T09:00:00Z', step_started_at: '2026-11-23T09:03:00Z' });

  it('counts down the current step’s timebox from step_started_at', () => {
    const clock = sessionClock(s, Date.parse('2026-11-23T09:04:30Z'));
    expect(clock).toMatchObject({ step: 1, key: 'goals', stepMinutes: 5, remainingSeconds: 210, overTime: false, elapsedSeconds: 270 });
  });

  it('goes negative and says so once over time', () => {
    const clock = sessionClock(s, Date.parse('2026-11-23T09:08:30Z'));
    expect(clock.remainingSeconds).toBe(-30);
    expect(clock.overTime).toBe(true);
  });

  it('gives the same answer on every screen for the same instant', () => {
    const now = Date.parse('2026-11-23T09:05:00Z');
    expect(sessionClock({ ...s }, now)).toEqual(sessionClock(structuredClone(s), now));
  });
});

describe('formatClock', () => {
  it('writes minutes and seconds', () => {
    expect(formatClock(245)).toBe('4:05');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-30)).toBe('-0:30');
  });
});

const cycle = (id: number, starts_on: string, ends_on: string, changes: Partial<Cycle> = {}): Cycle => ({
  id, team_id: 2, name: `Cyclus ${id}`, starts_on, ends_on, retrospective: null, version: 1, ...changes,
});
const retrospective = { goal_reached: 'yes' as const, helped: '', change: '', closed_at: '2026-10-19T10:00:00Z' };

describe('the end of a cycle', () => {
  const first = cycle(1, '2026-09-07', '2026-10-18');
  const second = cycle(2, '2026-10-19', '2026-11-29');

  it('is due in the last week of a cycle and after it, until the retrospective is written', () => {
    expect(isClosingDue(second, '2026-11-22')).toBe(false);
    expect(isClosingDue(second, '2026-11-23')).toBe(true); // the last week
    expect(isClosingDue(second, '2026-12-10')).toBe(true);
    expect(isClosingDue({ ...second, retrospective }, '2026-12-10')).toBe(false);
    expect(cyclesToClose([second, first], '2026-12-01').map((c) => c.id)).toEqual([1, 2]);
  });

  it('knows the running cycle, or else the last one, as the server does', () => {
    expect(currentCycleId([first, second], '2026-10-19')).toBe(2);
    expect(currentCycleId([second, first], '2026-09-10')).toBe(1);
    expect(currentCycleId([first, second], '2027-01-10')).toBe(2);
    expect(currentCycleId([], '2027-01-10')).toBeNull();
    expect(laterCycle(first, [second, first])?.id).toBe(2);
    expect(laterCycle(second, [first, second])).toBeNull();
  });

  it('suggests a verdict from the latest measurement, the target and the direction', () => {
    expect(suggestedVerdict(goal(1, { baseline: 40, target: 70 }))).toBe('no'); // never measured
    expect(suggestedVerdict(goal(1, { baseline: 40, target: 70, measurements: [measurement(1, 1, '2026-11-02', 70)] }))).toBe('yes');
    expect(suggestedVerdict(goal(1, { baseline: 40, target: 70, measurements: [measurement(1, 1, '2026-11-02', 58)] }))).toBe('partly');
    expect(suggestedVerdict(goal(1, { baseline: 40, target: 70, measurements: [measurement(1, 1, '2026-11-02', 38)] }))).toBe('no');
    const lower = { baseline: 9, target: 4, direction: 'lower' as const };
    expect(suggestedVerdict(goal(1, { ...lower, measurements: [measurement(1, 1, '2026-11-02', 3)] }))).toBe('yes');
    expect(suggestedVerdict(goal(1, { ...lower, measurements: [measurement(1, 1, '2026-11-02', 6)] }))).toBe('partly');
    expect(suggestedVerdict(goal(1, { ...lower, measurements: [measurement(1, 1, '2026-11-02', 9)] }))).toBe('no');
  });

  it('checks a new target against the unit as the server does', () => {
    expect(valueFits('percentage', 100)).toBe(true);
    expect(valueFits('percentage', 101)).toBe(false);
    expect(valueFits('yes_no', 1)).toBe(true);
    expect(valueFits('yes_no', 0.5)).toBe(false);
    expect(valueFits('count', -1)).toBe(false);
    expect(valueFits('score', 3.5)).toBe(true);
    expect(valueFits('score', -5)).toBe(false);
  });

  it('sums the goals up into the cycle verdict', () => {
    expect(overallVerdict(['yes', 'yes'])).toBe('yes');
    expect(overallVerdict(['no', 'no'])).toBe('no');
    expect(overallVerdict(['yes', 'no'])).toBe('partly');
    expect(overallVerdict([])).toBeNull();
  });

  it('proposes the next cycle: the number one up, from the day after, as long as this one', () => {
    const fallback = (n: number) => `Cyclus ${n}`;
    expect(nextCycleDefaults(second, [first, second], fallback)).toEqual({ name: 'Cyclus 3', starts_on: '2026-11-30', ends_on: '2027-01-10' });
    expect(nextCycleDefaults({ ...second, name: 'Najaar' }, [first, second], fallback).name).toBe('Cyclus 3');
    expect(nextCycleDefaults({ ...first, name: 'Ronde 7 ' }, [first], fallback).name).toBe('Ronde 8');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('counts the open actions that go along, move with their goal, or keep a stopping goal', () => {
    const goals = [goal(10, { cycle_id: 2 }), goal(11, { cycle_id: 2 })];
    const items = [
      item(1, { goal_id: 10 }),
      item(2, { goal_id: 10, status: 'doing' }),
      item(3, { goal_id: 10, status: 'done' }),
      item(4, { goal_id: 11 }),
      item(5),
      item(6, { goal_id: 99 }), // a goal of an older cycle
      item(7, { kind: 'obstacle', status: 'open', goal_id: 10 }),
    ];
    expect(carryOver(items, goals, new Set([10]))).toEqual({ open: 5, moving: 2, stopping: 1 });
    expect(carryOver(items, goals, new Set())).toEqual({ open: 5, moving: 0, stopping: 3 });
  });
});
