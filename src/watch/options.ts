/** Every tunable of the feed watcher in one place, with its default, and the `30s`/`10m`/`1h` durations the CLI takes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/data-files.js';
import { DEFAULTS as INGEST_DEFAULTS } from '../ingest/index.js';
import type { Limits } from '../ingest/options.js';

export interface WatchOptions {
  /** Time between two polls of a feed that answered well. */
  readonly everyMs?: number;
  /** One poll round (every feed not backing off), then return: for cron and tests. */
  readonly once?: boolean;
  /** Return after this many rounds (a round polls every feed that is due). */
  readonly maxRounds?: number;
  /** Least time between two requests to one host (feeds and article pages alike). */
  readonly hostIntervalMs?: number;
  /** Longest wait a run of failures can build up to (the backoff doubles from `everyMs`). */
  readonly maxBackoffMs?: number;
  /** Longest Retry-After taken at its word; a longer one waits this long. */
  readonly maxRetryAfterMs?: number;
  /** Tries for an article whose fetch or store failed for a passing reason (5xx, timeout, network). */
  readonly maxItemAttempts?: number;
  /** Per-request timeout (whole exchange). */
  readonly timeoutMs?: number;
  /** Stops the watch after the item in hand: no half-handled item, no half-written feed state. */
  readonly signal?: AbortSignal;
  /** What happened, as it happens (the CLI prints it). */
  readonly onEvent?: (event: WatchEvent) => void;
  /** The clock, in ms since the epoch; tests may pass their own. */
  readonly now?: () => number;
}

export interface Resolved {
  readonly everyMs: number;
  readonly once: boolean;
  readonly maxRounds: number;
  readonly hostIntervalMs: number;
  readonly maxBackoffMs: number;
  readonly maxRetryAfterMs: number;
  readonly maxItemAttempts: number;
  readonly limits: Limits;
  readonly signal: AbortSignal | null;
  readonly onEvent: (event: WatchEvent) => void;
  readonly now: () => number;
}

export const WATCH_DEFAULTS = {
  everyMs: 10 * 60_000,
  hostIntervalMs: 1_000,
  maxBackoffMs: 6 * 3_600_000,
  maxRetryAfterMs: 24 * 3_600_000,
  maxItemAttempts: 3,
} as const;

/** What the watcher reports; the CLI turns each into one line. Times are ms since the epoch. */
export type WatchEvent =
  | { readonly type: 'article'; readonly feed: string; readonly url: string | null; readonly outcome: 'new' | 'known' | 'queued' }
  | { readonly type: 'item-failed'; readonly feed: string; readonly source: string; readonly message: string; readonly code: string; readonly willRetry: boolean }
  | { readonly type: 'polled'; readonly feed: string; readonly notModified: boolean; readonly items: number; readonly fresh: number; readonly complete: boolean; readonly nextPollAt: number }
  | { readonly type: 'feed-failed'; readonly feed: string; readonly message: string; readonly code: string; readonly failures: number; readonly nextPollAt: number }
  | { readonly type: 'round'; readonly round: number; readonly polled: number }
  | { readonly type: 'waiting'; readonly until: number };

/** `parley/0.1.0 (+https://github.com/parley; feed watcher)`: who is asking, and where to read about it. */
export function watchUserAgent(): string {
  let version = '0';
  try {
    version = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? version;
  } catch {
    // The version only decorates the user agent.
  }
  return `parley/${version} (+https://github.com/parley; feed watcher)`;
}

/** Merges options over the defaults; a bad number is a programmer error, so it throws. */
export function resolveWatchOptions(options: WatchOptions = {}): Resolved {
  const positive = (name: keyof typeof WATCH_DEFAULTS | 'timeoutMs' | 'maxRounds', value: number | undefined, fallback: number, zeroOk = false): number => {
    if (value === undefined) return fallback;
    if (!Number.isFinite(value) || value < 0 || (!zeroOk && value === 0)) throw new RangeError(`WatchOptions.${name} must be a positive number, got ${value}`);
    return value;
  };
  return {
    everyMs: positive('everyMs', options.everyMs, WATCH_DEFAULTS.everyMs),
    once: options.once ?? false,
    maxRounds: positive('maxRounds', options.maxRounds, Infinity),
    hostIntervalMs: positive('hostIntervalMs', options.hostIntervalMs, WATCH_DEFAULTS.hostIntervalMs, true),
    maxBackoffMs: positive('maxBackoffMs', options.maxBackoffMs, WATCH_DEFAULTS.maxBackoffMs),
    maxRetryAfterMs: positive('maxRetryAfterMs', options.maxRetryAfterMs, WATCH_DEFAULTS.maxRetryAfterMs, true),
    maxItemAttempts: positive('maxItemAttempts', options.maxItemAttempts, WATCH_DEFAULTS.maxItemAttempts),
    limits: { ...INGEST_DEFAULTS, timeoutMs: positive('timeoutMs', options.timeoutMs, INGEST_DEFAULTS.timeoutMs), userAgent: watchUserAgent() },
    signal: options.signal ?? null,
    onEvent: options.onEvent ?? (() => undefined),
    now: options.now ?? Date.now,
  };
}

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `30s`, `10m`, `1h`, `1d`, `250ms`, `1.5h`, `0s` -> milliseconds; a bare number is seconds. Null when it is not a duration. */
export function parseDuration(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
  if (!m) return null;
  const ms = Number(m[1]) * UNITS[(m[2] ?? 's').toLowerCase()]!;
  return Number.isFinite(ms) ? Math.round(ms) : null;
}

/** A duration for messages: `45s`, `10m`, `2h 30m`. */
export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.max(0, Math.round(ms))}ms`;
  const s = Math.round(ms / 1_000);
  if (s < 60) return `${s}s`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  return m % 60 === 0 ? `${h}h` : `${h}h ${m % 60}m`;
}
