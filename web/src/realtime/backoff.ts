// How long to wait before the next reconnect attempt: exponential with "full
// jitter", so thirty screens that lost the server at once do not all come back
// in the same millisecond.

export interface BackoffOptions {
  /** The ceiling of the first wait, in ms. */
  baseMs: number;
  /** No wait is ever longer than this. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 15_000 };

/**
 * The wait before attempt `attempt` (0 for the first retry): a random time
 * between half and all of min(max, base·2^attempt). `random` returns [0, 1).
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, Math.min(attempt, 30)));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
