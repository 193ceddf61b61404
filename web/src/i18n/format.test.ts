import { describe, expect, it } from 'vitest';
import { formatShortDate, i18n } from './i18n.svelte';

describe('formatShortDate', () => {
  const now = new Date(2026, 10, 23, 10, 0);

  it('leaves the year out for a day of this year', () => {
    i18n.locale = 'nl';
    expect(formatShortDate('2026-12-07', now)).toBe('7 dec');
    i18n.locale = 'en';
    expect(formatShortDate('2026-12-07', now)).toBe('7 Dec');
    i18n.locale = 'nl';
  });

  it('names the year of a day in another year, before or after', () => {
    expect(formatShortDate('2027-01-04', now)).toBe('4 jan 2027');
    expect(formatShortDate('2025-12-29', now)).toBe('29 dec 2025');
    expect(formatShortDate('2025-12-29T09:00:00Z', now)).toBe('29 dec 2025');
  });

  it('returns text that is no date as it is', () => {
    expect(formatShortDate('morgen', now)).toBe('morgen');
  });
});
