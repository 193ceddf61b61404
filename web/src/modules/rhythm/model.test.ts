import { describe, expect, it } from 'vitest';
import { meWith, membership, regenboog } from '../../app/session/fixtures';
import { cellHref, hasGap, homeScope, monthLabel, monthSpans, percent, scopeOfPath } from './model';
import type { HeatmapRow } from './types';

function row(kind: 'team' | 'school', missedInARow = 0): HeatmapRow {
  return {
    id: 7, kind, name: 'Groep 3-4', school_id: 1, people: 7, teams: 1, rates_shown: true,
    figures: { school_weeks: 10, held_weeks: 8, recent_weeks: 6, recent_held: 4, missed_in_a_row: missedInARow,
      session_rate: 0.8, attendance_rate: null, trend: 'steady' },
    weeks: [{ week: '2026-09-07', state: 'missed', holiday: null, counts: {}, attended: null }],
  };
}

describe('the rhythm screens', () => {
  it('start where the person looks from: bestuur, school, else team', () => {
    expect(homeScope(meWith([membership('bestuurder', { bestuur_id: 1, school_id: null, team_id: null })]))).toEqual({ kind: 'bestuur', id: 1 });
    expect(homeScope(meWith([membership('schoolleider', { ...regenboog, team_id: null })]))).toEqual({ kind: 'school', id: 1 });
    expect(homeScope(meWith([membership('leraar', { ...regenboog, team_id: 4 })]))).toEqual({ kind: 'team', id: 4 });
    expect(homeScope(meWith([membership('programmabeheerder', { school_id: null, team_id: null, bestuur_id: null })]))).toBeNull();
  });

  it('lead a team week to its detail and a school week to the school with the week marked', () => {
    const cell = { week: '2026-09-07', state: 'missed' as const, holiday: null, counts: {}, attended: null };
    expect(cellHref(row('team'), cell)).toBe('/teams/7/ritme/2026-09-07');
    expect(cellHref(row('school'), cell)).toBe('/scholen/1/ritme?week=2026-09-07');
    expect(cellHref(row('team'), { ...cell, state: 'future' })).toBeNull();
  });

  it('read whose rhythm a path shows', () => {
    expect(scopeOfPath('/besturen/1/ritme')).toBe('bestuur');
    expect(scopeOfPath('/scholen/2/cascade')).toBe('school');
    expect(scopeOfPath('/teams/3/ritme')).toBe('team');
  });

  it('show rates as whole percentages and nothing under the privacy floor', () => {
    expect(percent(0.666)).toBe(67);
    expect(percent(null)).toBeNull();
  });

  it('call two school weeks in a row without a session a gap', () => {
    expect(hasGap(row('team', 1))).toBe(false);
    expect(hasGap(row('team', 2))).toBe(true);
  });

  it('head the weeks by month', () => {
    expect(monthSpans(['2026-08-31', '2026-09-07', '2026-09-14', '2026-10-05'])).toEqual([
      { month: '2026-08', span: 1 }, { month: '2026-09', span: 2 }, { month: '2026-10', span: 1 },
    ]);
  });

  it('name the months in the reader\'s language, not the browser\'s', () => {
    expect(monthLabel('2026-10', 'nl')).toMatch(/^okt/);
    expect(monthLabel('2026-10', 'en')).toBe('Oct');
    expect(monthLabel('2027-03', 'nl')).toMatch(/^mrt/);
  });
});
