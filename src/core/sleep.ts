/** A wait that an AbortSignal ends early (resolving, not rejecting: stopping is not an error). */
export function sleep(ms: number, signal: AbortSignal | null = null): Promise<void> {
  if (signal?.aborted || ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    // Node's timers hold at most 2^31-1 ms (about 24.8 days); the watch loop wakes sooner than that anyway.
    const timer = setTimeout(done, Math.min(ms, 2 ** 31 - 1));
    signal?.addEventListener('abort', done, { once: true });
  });
}
