/** How long a feed rests after failures: doubling from the poll interval, capped, and never sooner than the server asked. */

/** `base × 2^failures`, at most `cap` (and at least `base`): 1 failure waits 2 intervals, 2 wait 4, … */
export function backoffDelay(failures: number, baseMs: number, capMs: number): number {
  const doubled = baseMs * 2 ** Math.min(Math.max(failures, 0), 40);
  return Math.max(baseMs, Math.min(doubled, Math.max(capMs, baseMs)));
}

/**
 * Retry-After (RFC 9110 §10.2.3) in ms from `now`: delta-seconds or an HTTP-date. Null when absent or unreadable;
 * a date in the past is 0.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1_000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** The wait after a failed poll: the backoff, or the server's Retry-After (up to `maxRetryAfterMs`) when that is longer. */
export function failureDelay(failures: number, everyMs: number, maxBackoffMs: number, retryAfterMs: number | null, maxRetryAfterMs: number): number {
  const backoff = backoffDelay(failures, everyMs, maxBackoffMs);
  return retryAfterMs === null ? backoff : Math.max(backoff, Math.min(retryAfterMs, maxRetryAfterMs));
}
