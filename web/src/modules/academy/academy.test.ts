import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types';
import { donePercent, editsAcademy, moduleMinutes, overall, progressSchools, safeVideoLink } from './academy';

function me(memberships: Partial<Me['memberships'][number]>[], isAdmin = false): Me {
  return {
    user: { id: 1, name: 'A', email: 'a@b.nl', is_admin: isAdmin, locale: 'nl' },
    memberships: memberships.map((m, i) => ({ id: i + 1, role: 'leraar', team_id: null, school_id: null, bestuur_id: null, ...m })),
  } as unknown as Me;
}

describe('academy rules', () => {
  it('lets programme staff and admins edit', () => {
    expect(editsAcademy(me([{ role: 'programmabeheerder' }]))).toBe(true);
    expect(editsAcademy(me([], true))).toBe(true);
    expect(editsAcademy(me([{ role: 'schoolcoach', school_id: 1 }]))).toBe(false);
    expect(editsAcademy(null)).toBe(false);
  });

  it('follows the schools of school coaches, leaders and expert coaches, not of teachers', () => {
    const person = me([
      { role: 'schoolcoach', school_id: 2, school_name: 'Zuid' },
      { role: 'leraar', team_id: 5, school_id: 3, school_name: 'Teamschool' },
      { role: 'expertcoach', school_id: 1, school_name: 'Anders' },
      { role: 'schoolleider', school_id: 2, school_name: 'Zuid' },
    ]);
    expect(progressSchools(person)).toEqual([{ id: 1, name: 'Anders' }, { id: 2, name: 'Zuid' }]);
  });

  it('counts percent done rounded down and the catalogue overall', () => {
    expect(donePercent({ done: 0, item_count: 0 })).toBe(0);
    expect(donePercent({ done: 2, item_count: 3 })).toBe(66);
    expect(donePercent({ done: 5, item_count: 5 })).toBe(100);
    const modules = [
      { done: 1, item_count: 5, items: [{ minutes: 3 }, { minutes: 4 }] },
      { done: 5, item_count: 5, items: [] },
    ] as never[];
    expect(overall(modules)).toEqual({ done: 6, total: 10 });
    expect(moduleMinutes(modules[0])).toBe(7);
  });

  it('follows only http and https video links', () => {
    expect(safeVideoLink('https://video.example.nl/1')).toBe('https://video.example.nl/1');
    expect(safeVideoLink('javascript:alert(1)')).toBeNull();
    expect(safeVideoLink('niet een link')).toBeNull();
  });
});
