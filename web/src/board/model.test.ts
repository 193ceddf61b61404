import { describe, expect, it } from 'vitest';
import { board, goal, item, measurement, session } from '../realtime/fixtures';
import {
  actionColumns, formatClock, goalProgress, isOverdue, mondayOf, neighbourColumn, owners, positionAt,
  sessionClock, sparkline,
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
