import { describe, expect, it } from 'vitest';
import { euros, quoteRows } from './money';
import type { Quote } from './types';

const texts = {
  year: (n: number) => `Jaar ${n}`,
  perTeam: (units: number, unit: string) => `${units} teams × ${unit}`,
  perSchool: 'per school',
  maximum: 'maximaal',
};

describe('money', () => {
  it('shows integer cents as euros per language', () => {
    expect(euros(990000, 'nl').replace(/\s/g, ' ')).toBe('€ 9.900,00');
    expect(euros(450000, 'en')).toBe('€4,500.00');
    expect(euros(5, 'nl').replace(/\s/g, ' ')).toBe('€ 0,05');
  });

  it('writes a quote line per year, per team for MBO and with the maximum for PO', () => {
    const mbo = { per_team: true, lines: [{ trajectory_year: 1, units: 4, unit_cents: 1350000, amount_cents: 5400000, is_maximum: false }] } as Quote;
    expect(quoteRows(mbo, 'en', texts)).toEqual([['Jaar 1', '4 teams × €13,500.00', '€54,000.00']]);
    const po = { per_team: false, lines: [{ trajectory_year: 2, units: 1, unit_cents: 420000, amount_cents: 420000, is_maximum: true }] } as Quote;
    expect(quoteRows(po, 'en', texts)).toEqual([['Jaar 2 (maximaal)', 'per school', '€4,200.00']]);
  });
});
