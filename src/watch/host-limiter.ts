/**
 * Politeness per host: one request at a time, the next one starting at least `intervalMs` after the previous
 * one ended (so the server sees the gap whatever the latency), and a host that answered 429/503 with
 * Retry-After is left alone until then. In memory, for one watch run.
 */
import { sleep } from '../core/sleep.js';

export type Ran<T> = { readonly ran: true; readonly value: T } | { readonly ran: false };

export class HostLimiter {
  /** The end of the last request to each host. */
  private readonly lastEnd = new Map<string, number>();
  /** The last request queued for each host: the next one starts after it. */
  private readonly tails = new Map<string, Promise<void>>();
  private readonly blocked = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Runs `request` (for `url`) when the host's turn comes: after the requests already queued for it, and
   * `intervalMs` after the last of them ended. `{ ran: false }` when `signal` stopped the wait first.
   */
  async run<T>(url: string, request: () => Promise<T>, signal: AbortSignal | null = null): Promise<Ran<T>> {
    const host = hostOf(url);
    const previous = this.tails.get(host) ?? Promise.resolve();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => gate);
    this.tails.set(host, tail);
    await previous;
    try {
      const last = this.lastEnd.get(host);
      if (last !== undefined) await sleep(last + this.intervalMs - this.now(), signal);
      if (signal?.aborted) return { ran: false };
      try {
        return { ran: true, value: await request() };
      } finally {
        this.lastEnd.set(host, this.now());
      }
    } finally {
      release();
      if (this.tails.get(host) === tail) this.tails.delete(host);
    }
  }

  /** The host asked for a pause (Retry-After) until `until`. */
  block(url: string, until: number): void {
    const host = hostOf(url);
    this.blocked.set(host, Math.max(until, this.blocked.get(host) ?? 0));
  }

  /** Until when the host asked to be left alone; 0 when it did not (or that time has passed). */
  blockedUntil(url: string): number {
    const until = this.blocked.get(hostOf(url)) ?? 0;
    return until > this.now() ? until : 0;
  }
}

/** `host:port` of a URL, lower-cased; the URL itself when it does not parse (it then fails on fetch, once). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
