/**
 * The feed watcher: polls RSS/Atom feeds politely and hands each new article to a sink (by default: ingest it
 * into the record now). Politeness: conditional GET (a 304 costs nothing), one request at a time and at least
 * `hostIntervalMs` apart per host, exponential backoff per feed after errors, Retry-After honoured, a User-Agent
 * that says who is asking. Its memory is in the record (migration 006), so a restart fetches nothing it has.
 *
 * One process per record: the watcher works through its feeds one after another, so on SQLite its writes never
 * overlap (each article is its own transaction, each state change one statement).
 */
import type { Db } from '../store/db.js';
import { HostLimiter } from './host-limiter.js';
import { resolveWatchOptions, type Resolved, type WatchOptions } from './options.js';
import { emptyTally, pollFeed, type PollContext, type PollTally } from './poll-feed.js';
import { ingestSink, type ArticleSink } from './sink.js';
import { sleep } from '../core/sleep.js';
import { ensureFeeds, loadFeed, type FeedState } from './state.js';

export { parseDuration, formatDuration, watchUserAgent, WATCH_DEFAULTS, type WatchOptions, type WatchEvent } from './options.js';
export { ingestSink, queueSink, type ArticleSink, type FeedArticle, type SinkOutcome } from './sink.js';
export { readFeedList, type FeedList } from './feed-list.js';

export interface WatchSummary {
  readonly rounds: number;
  /** Requests for feeds, of which `notModified` got a 304 and `feedFailures` failed. */
  readonly polls: number;
  readonly notModified: number;
  readonly feedFailures: number;
  /** Articles stored now, already stored (same text), handed to a queue, and items that failed. */
  readonly articles: { readonly new: number; readonly known: number; readonly queued: number; readonly failed: number };
  /** Why it returned: one round asked for, the round limit, or the signal. */
  readonly stopped: 'once' | 'max-rounds' | 'signal';
}

/**
 * Watches `feeds` (http(s) URLs) until `options.signal` aborts, or for one round (`once`) or `maxRounds`.
 * `onArticle` receives each article not seen before; by default it is ingested into `db`.
 */
export async function watchFeeds(db: Db, feeds: readonly string[], options: WatchOptions = {}, onArticle?: ArticleSink): Promise<WatchSummary> {
  if (feeds.length === 0) throw new RangeError('watchFeeds needs at least one feed');
  const o = resolveWatchOptions(options);
  const limiter = new HostLimiter(o.hostIntervalMs, o.now);
  const ctx: PollContext = { db, options: o, limiter, sink: onArticle ?? ingestSink(db) };
  const total = emptyTally();
  let polls = 0, notModified = 0, feedFailures = 0, rounds = 0;
  const add = (t: PollTally): void => {
    if (t.polled) polls++;
    if (t.notModified) notModified++;
    if (t.feedFailed) feedFailures++;
    total.new += t.new;
    total.known += t.known;
    total.queued += t.queued;
    total.itemsFailed += t.itemsFailed;
  };
  const summary = (stopped: WatchSummary['stopped']): WatchSummary => ({
    rounds, polls, notModified, feedFailures, stopped,
    articles: { new: total.new, known: total.known, queued: total.queued, failed: total.itemsFailed },
  });

  await ensureFeeds(db, feeds);
  for (;;) {
    if (o.signal?.aborted) return summary('signal');
    const states: FeedState[] = [];
    for (const url of feeds) states.push(await loadFeed(db, url));
    const now = o.now();
    const due = states.filter((s) => (o.once ? dueInRound(s, now, limiter) : dueAt(s, o, limiter) <= now));
    if (due.length > 0) {
      let polled = 0;
      for (const s of due) {
        if (o.signal?.aborted) break;
        const t = await pollFeed(ctx, s.url);
        add(t);
        if (t.polled) polled++;
      }
      rounds++;
      o.onEvent({ type: 'round', round: rounds, polled });
      if (o.signal?.aborted) return summary('signal');
      if (o.once) return summary('once');
      if (rounds >= o.maxRounds) return summary('max-rounds');
      continue;
    }
    if (o.once) return summary('once'); // every feed is backing off: nothing to do this time
    const wake = Math.min(...states.map((s) => dueAt(s, o, limiter)));
    o.onEvent({ type: 'waiting', until: wake });
    await sleep(wake - o.now(), o.signal);
  }
}

/** When a feed is next due: its interval after a good poll (`--every` of this run), its backoff after failures. */
function dueAt(s: FeedState, o: Resolved, limiter: HostLimiter): number {
  const own = s.failures > 0 ? (s.nextPollAt ?? 0) : s.lastPolledAt === null ? 0 : s.lastPolledAt + o.everyMs;
  return Math.max(own, limiter.blockedUntil(s.url));
}

/** `--once` (cron): every feed, whenever it was last polled, unless it is backing off or its host asked for a pause. */
function dueInRound(s: FeedState, now: number, limiter: HostLimiter): boolean {
  return (s.failures === 0 || (s.nextPollAt ?? 0) <= now) && limiter.blockedUntil(s.url) === 0;
}
