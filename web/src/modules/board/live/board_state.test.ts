import { describe, expect, it } from 'vitest';
import { applyEvent, applySequenced, upsert, withMeasurement } from './board_state';
import { board, goal, item, measurement, session } from './fixtures';

describe('upsert', () => {
  it('appends new entities and replaces by id when not older', () => {
    const list = [item(1), item(2)];
    expect(upsert(list, item(3)).map((i) => i.id)).toEqual([1, 2, 3]);
    expect(upsert(list, item(2, { text: 'Nieuw', version: 2 }))[1].text).toBe('Nieuw');
  });

  it('never lets an older version replace a newer one', () => {
    const list = [item(1, { text: 'Nieuw', version: 3 })];
    expect(upsert(list, item(1, { text: 'Oud', version: 2 }))).toBe(list);
  });
});

describe('applyEvent', () => {
  it('moves a card when its item event arrives', () => {
    const before = board({ items: [item(1, { status: 'todo' })] });
    const after = applyEvent(before, { kind: 'item', item: item(1, { status: 'doing', version: 2 }) });
    expect(after.items[0].status).toBe('doing');
    expect(before.items[0].status).toBe('todo'); // pure: the old picture is untouched
  });

  it('adds and deletes items', () => {
    let b = applyEvent(board(), { kind: 'item', item: item(5, { kind: 'success' }) });
    expect(b.items.map((i) => i.id)).toEqual([5]);
    b = applyEvent(b, { kind: 'item_deleted', id: 5 });
    expect(b.items).toEqual([]);
  });

  it('keeps a goal’s measurements sorted by week and one per week', () => {
    let b = board({ goals: [goal(7, { measurements: [measurement(1, 7, '2026-11-09', 30)] })] });
    b = applyEvent(b, { kind: 'measurement', measurement: measurement(2, 7, '2026-11-02', 25) });
    b = applyEvent(b, { kind: 'measurement', measurement: measurement(3, 7, '2026-11-16', 40) });
    expect(b.goals[0].measurements.map((m) => m.week)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    b = applyEvent(b, { kind: 'measurement', measurement: measurement(1, 7, '2026-11-09', 35, 2) });
    expect(b.goals[0].measurements.map((m) => m.value)).toEqual([25, 35, 40]);
    b = applyEvent(b, { kind: 'measurement_deleted', id: 2, goal_id: 7 });
    expect(b.goals[0].measurements.map((m) => m.id)).toEqual([1, 3]);
  });

  it('ignores a stale measurement event after a newer answer', () => {
    const b = board({ goals: [goal(7, { measurements: [measurement(1, 7, '2026-11-09', 35, 3)] })] });
    expect(withMeasurement(b, measurement(1, 7, '2026-11-09', 30, 2))).toBe(b);
  });

  it('replaces and deletes goals', () => {
    let b = board({ goals: [goal(7)] });
    b = applyEvent(b, { kind: 'goal', goal: goal(7, { title: 'Scherper', version: 2 }) });
    expect(b.goals[0].title).toBe('Scherper');
    b = applyEvent(b, { kind: 'goal_deleted', id: 7 });
    expect(b.goals).toEqual([]);
  });

  it('adds, renames and removes the school’s ambitions, never with an older version', () => {
    const ambition = { id: 4, school_id: 1, school_year: '2026-2027', title: 'Lezen', description: '', version: 1 };
    let b = applyEvent(board(), { kind: 'ambition', ambition });
    expect(b.ambitions.map((a) => a.title)).toEqual(['Lezen']);
    b = applyEvent(b, { kind: 'ambition', ambition: { ...ambition, title: 'Begrijpend lezen', version: 2 } });
    expect(b.ambitions.map((a) => a.title)).toEqual(['Begrijpend lezen']);
    expect(applyEvent(b, { kind: 'ambition', ambition })).toBe(b);
    b = applyEvent(b, { kind: 'ambition_deleted', id: 4 });
    expect(b.ambitions).toEqual([]);
  });

  it('opens, advances and closes the session', () => {
    let b = applyEvent(board(), { kind: 'session', session: session() });
    expect(b.session?.step).toBe(0);
    b = applyEvent(b, { kind: 'session', session: session({ step: 1, version: 2 }) });
    expect(b.session?.step).toBe(1);
    // A late event of an older version does not step back.
    b = applyEvent(b, { kind: 'session', session: session({ step: 0, version: 1 }) });
    expect(b.session?.step).toBe(1);
    b = applyEvent(b, { kind: 'session_closed', id: 99 });
    expect(b.session).not.toBeNull();
    b = applyEvent(b, { kind: 'session_closed', id: 1 });
    expect(b.session).toBeNull();
  });

  it('adds cycles and leaves unknown event kinds alone', () => {
    const cycle = { id: 4, team_id: 2, name: 'Cyclus 2', starts_on: '2026-11-02', ends_on: '2026-12-13', retrospective: null, version: 1 };
    const b = applyEvent(board(), { kind: 'cycle', cycle });
    expect(b.cycles).toEqual([cycle]);
    const unknown = { kind: 'lesson_design', id: 1 } as unknown as Parameters<typeof applyEvent>[1];
    expect(applyEvent(b, unknown)).toBe(b);
  });

  it('makes a new cycle current once it runs today, as a reload would', () => {
    const ended = { id: 4, team_id: 2, name: 'Cyclus 2', starts_on: '2026-09-07', ends_on: '2026-10-18', retrospective: null, version: 1 };
    const next = { ...ended, id: 5, name: 'Cyclus 3', starts_on: '2026-10-19', ends_on: '2026-11-29' };
    const b = board({ cycles: [ended], current_cycle_id: 4 });
    expect(applyEvent(b, { kind: 'cycle', cycle: next }, '2026-10-18').current_cycle_id).toBe(4);
    expect(applyEvent(b, { kind: 'cycle', cycle: next }, '2026-10-20').current_cycle_id).toBe(5);
  });
});

describe('applySequenced', () => {
  const event = { kind: 'item' as const, item: item(1) };

  it('applies the next event and moves seq on', () => {
    const result = applySequenced(board({ seq: 10 }), 11, event);
    expect(result.outcome).toBe('applied');
    expect(result.board.seq).toBe(11);
    expect(result.board.items).toHaveLength(1);
  });

  it('ignores events the picture already includes', () => {
    const b = board({ seq: 10 });
    expect(applySequenced(b, 10, event)).toEqual({ outcome: 'duplicate', board: b });
    expect(applySequenced(b, 3, event).outcome).toBe('duplicate');
  });

  it('reports a gap without changing anything', () => {
    const b = board({ seq: 10 });
    expect(applySequenced(b, 12, event)).toEqual({ outcome: 'gap', board: b });
  });
});
