import { describe, expect, it } from 'vitest';
import { formatDay, isIsoDate, parseDay, todayIso } from './dates';

describe('parseDay', () => {
  it('reads the ways people write a day', () => {
    for (const text of ['23-11-2026', '23/11/2026', '23.11.2026', '23 11 2026', '23112026', '23-11-26', ' 2026-11-23 ']) {
      expect(parseDay(text), text).toBe('2026-11-23');
    }
    expect(parseDay('3-2-2026')).toBe('2026-02-03');
  });

  it('gives an empty string for nothing and null for what is no day', () => {
    expect(parseDay('   ')).toBe('');
    for (const text of ['31-02-2026', '00-01-2026', '12-13-2026', 'morgen', '2026-11', '11/23/2026']) {
      expect(parseDay(text), text).toBeNull();
    }
  });

  it('knows leap years', () => {
    expect(parseDay('29-02-2028')).toBe('2028-02-29');
    expect(parseDay('29-02-2027')).toBeNull();
  });
});

describe('formatDay and isIsoDate', () => {
  it('writes an ISO day as dd-mm-yyyy and leaves other text alone', () => {
    expect(formatDay('2026-01-05')).toBe('05-01-2026');
    expect(formatDay('05-01')).toBe('05-01');
  });

  it('accepts only real ISO days', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('28-02-2026')).toBe(false);
  });

  it('names today in local time', () => {
    expect(todayIso(new Date(2026, 10, 3, 23, 30))).toBe('2026-11-03');
  });
});
