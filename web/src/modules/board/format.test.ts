import { describe, expect, it } from 'vitest';
import { formatValue } from './format';

const words = { yes: 'ja', no: 'nee' };

describe('formatValue', () => {
  it('reads each unit', () => {
    expect(formatValue(31, 'percentage', 'nl', words)).toBe('31%');
    expect(formatValue(4.5, 'score', 'nl', words)).toBe('4,5');
    expect(formatValue(4.5, 'score', 'en', words)).toBe('4.5');
    expect(formatValue(12, 'count', 'nl', words)).toBe('12');
    expect(formatValue(1, 'yes_no', 'nl', words)).toBe('ja');
    expect(formatValue(0, 'yes_no', 'nl', words)).toBe('nee');
    expect(formatValue(null, 'count', 'nl', words)).toBe('–');
  });
});
