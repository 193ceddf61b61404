import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  const options = { baseMs: 500, maxMs: 15_000 };

  it('doubles the ceiling per attempt, between half and all of it', () => {
    expect(backoffDelay(0, options, () => 0)).toBe(250);
    expect(backoffDelay(0, options, () => 0.999999)).toBe(500);
    expect(backoffDelay(1, options, () => 0)).toBe(500);
    expect(backoffDelay(3, options, () => 0.999999)).toBe(4000);
  });

  it('never waits longer than the maximum, however many attempts', () => {
    expect(backoffDelay(10, options, () => 0.999999)).toBe(15_000);
    expect(backoffDelay(1000, options, () => 0.999999)).toBe(15_000);
    expect(backoffDelay(1000, options, () => 0)).toBe(7_500);
  });

  it('spreads clients out (jitter)', () => {
    const delays = new Set([0.1, 0.5, 0.9].map((r) => backoffDelay(4, options, () => r)));
    expect(delays.size).toBe(3);
  });
});
