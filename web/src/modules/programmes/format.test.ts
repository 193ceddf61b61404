import { describe, expect, it } from 'vitest';
import { audienceBySector, groupsFromNumbers, comparisonIds, comparisonPath, hours, money, openRound, percentDone, places, toggleSelection } from './format';
import type { ProgrammeEntry, Round } from './types';

const round = (id: number, state: Round['state'], closes: string, placesList: string[]): Round => ({
  id, programme_id: 1, name: `r${id}`, example_dates: false, enrolment_closes_at: closes, enrolment_closes_on: closes.slice(0, 10),
  state, groups: [], tracks: [],
  sessions: placesList.map((place, i) => ({
    id: id * 10 + i, title: 't', starts_at: '', ends_at: '', date: '', start: '', end: '', place, address: '', group_id: null,
    part: null, credit_minutes: 0,
  })),
});

const entry = (rounds: Round[]) => ({ rounds, audience: [] }) as unknown as ProgrammeEntry;

describe('programme format', () => {
  it('shows money in cents as euros in the language of the page', () => {
    expect(money(90000, 'nl').replace(/\s/g, ' ')).toBe('€ 900,00'); // Intl puts a no-break space after the sign
    expect(money(108900, 'en')).toBe('€1,089.00');
  });

  it('shows minutes as hours with at most one decimal', () => {
    expect(hours(90, 'nl')).toBe('1,5');
    expect(hours(6000, 'en')).toBe('100');
  });

  it('caps progress at 100 and treats a part without hours as done', () => {
    expect(percentDone(30, 120)).toBe(25);
    expect(percentDone(200, 120)).toBe(100);
    expect(percentDone(0, 0)).toBe(100);
  });

  it('lists each place once and finds the round that is open', () => {
    const e = entry([round(1, 'completed', '2024-09-30T21:59:00Z', ['Picnic, Utrecht', 'UMC Utrecht']),
      round(2, 'open', '2027-09-15T21:59:00Z', ['Picnic, Utrecht']), round(3, 'open', '2027-01-15T22:59:00Z', [])]);
    expect(places(e)).toEqual(['Picnic, Utrecht', 'UMC Utrecht']);
    expect(openRound(e)?.id).toBe(3);
    expect(openRound(entry([round(1, 'running', '2024-01-01T00:00:00Z', [])]))).toBeNull();
  });

  it('reads two to four different ids from a shared comparison URL', () => {
    expect(comparisonIds('3,1')).toEqual([3, 1]);
    expect(comparisonIds('3')).toEqual([]);
    expect(comparisonIds('1,1')).toEqual([]);
    expect(comparisonIds('1,2,3,4,5')).toEqual([]);
    expect(comparisonIds('1,x')).toEqual([]);
    expect(comparisonIds(null)).toEqual([]);
    expect(comparisonPath([3, 1])).toBe('/opleidingen/vergelijk?ids=3,1');
  });

  it('selects at most four programmes to compare', () => {
    expect(toggleSelection([1, 2], 3)).toEqual([1, 2, 3]);
    expect(toggleSelection([1, 2, 3, 4], 5)).toEqual([1, 2, 3, 4]);
    expect(toggleSelection([1, 2], 1)).toEqual([2]);
  });

  it('turns a group number per participant into groups, skipping empty numbers', () => {
    expect(groupsFromNumbers({ 7: 2, 3: 1, 9: 2, 4: 0, 5: 4 })).toEqual([[3], [7, 9], [5]]);
    expect(groupsFromNumbers({})).toEqual([]);
  });

  it('groups the audience per sector in the programme order', () => {
    expect(audienceBySector({ audience: [{ sector: 'PO', role: 'Bestuurders' }, { sector: 'VO', role: 'Rectoren' },
      { sector: 'PO', role: 'Directeur-bestuurders' }] })).toEqual([['PO', ['Bestuurders', 'Directeur-bestuurders']], ['VO', ['Rectoren']]]);
  });
});
