import { describe, expect, it } from 'vitest';
import { applyBoardEvent, bars, cleanCode, fromHash, itemsOf, mondayOf, smiley, valueOfWeek } from './board';
import type { ClassBoardView } from './types';

const view = (seq: number, goal = 'Rustig werken'): ClassBoardView => ({
  board: { id: 1, team_id: 2, class_name: 'Groep 6', goal, measure_kind: 'smiley', measure_label: 'Hoe rustig?', code: 'ACE3K79',
    code_expires_at: '2026-12-14T10:00:00Z', display_link: false, seq },
  items: [], ideas: [], measurements: [], pending_ideas: 0, session: null,
});

describe('class board', () => {
  it('names faces for the three smiley values only', () => {
    expect(smiley(1)).toBe('😞');
    expect(smiley(3)).toBe('😊');
    expect(smiley(0)).toBe('');
    expect(smiley(4)).toBe('');
  });

  it('names a week by its Monday', () => {
    expect(mondayOf(new Date(2026, 11, 1))).toBe('2026-11-30');  // a Tuesday
    expect(mondayOf(new Date(2026, 10, 30))).toBe('2026-11-30');  // the Monday itself
    expect(mondayOf(new Date(2026, 11, 6))).toBe('2026-11-30');  // the Sunday after
  });

  it('draws smileys against three and numbers against the highest week shown', () => {
    const weeks = [{ week: '2026-11-16', value: 2 }, { week: '2026-11-09', value: 3 }];
    expect(bars(weeks, 'smiley').map((b) => [b.week, b.percent])).toEqual([['2026-11-09', 100], ['2026-11-16', 67]]);
    expect(bars([{ week: '2026-11-09', value: 10 }, { week: '2026-11-16', value: 40 }], 'number').map((b) => b.percent)).toEqual([25, 100]);
    const many = Array.from({ length: 12 }, (_, i) => ({ week: `2026-0${Math.floor(i / 4) + 1}-1${i % 4}`, value: 1 }));
    expect(bars(many, 'smiley', 8)).toHaveLength(8);
    expect(bars([{ week: '2026-11-09', value: 0 }], 'number')[0].percent).toBe(0);
  });

  it('finds the week value and the cards of a column', () => {
    expect(valueOfWeek([{ week: '2026-11-16', value: 2 }], '2026-11-16')).toBe(2);
    expect(valueOfWeek([], '2026-11-16')).toBeNull();
    const items = [
      { id: 1, board_id: 1, kind: 'action' as const, text: 'a', done: false },
      { id: 2, board_id: 1, kind: 'obstacle' as const, text: 'b', done: false },
    ];
    expect(itemsOf(items, 'obstacle').map((i) => i.id)).toEqual([2]);
  });

  it('reads the token or code from a fragment', () => {
    expect(fromHash('#abc-DEF_1')).toBe('abc-DEF_1');
    expect(fromHash('')).toBe('');
    expect(cleanCode(' ace-3k7 9')).toBe('ACE3K79');
  });

  it('takes a newer live picture and leaves a replayed one', () => {
    const shown = { ...view(4), mode: 'session' as const };
    const newer = applyBoardEvent(shown, 5, view(5, 'Nieuw doel'));
    expect(newer.outcome).toBe('applied');
    expect(newer.view.board.goal).toBe('Nieuw doel');
    expect(newer.view.mode).toBe('session');
    expect(applyBoardEvent(shown, 4, view(4, 'Oud')).outcome).toBe('duplicate');
  });
});
