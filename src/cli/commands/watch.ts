import type { Db } from '../../store/db.js';
import { formatStoreError, openRecord, recordPath } from '../../store/write/open-record.js';
import {
  formatDuration,
  ingestSink,
  queueSink,
  parseDuration,
  readFeedList,
  watchFeeds,
  WATCH_DEFAULTS,
  type ArticleSink,
  type WatchEvent,
} from '../../watch/index.js';
import { UsageError, wholeNumberFlag, type Io } from '../io.js';
import { openArticleQueue } from '../../queue/index.js';
import { isPostgresUrl } from '../../store/index.js';

export interface WatchFlags {
  readonly db?: string;
  readonly every?: string;
  readonly once?: boolean;
  readonly maxRounds?: string;
  readonly hostInterval?: string;
  readonly timeout?: string;
  readonly queue?: boolean;
}

export interface WatchRunOptions {
  /** Stops the watch; without it, SIGINT and SIGTERM do (after the item in hand). */
  readonly signal?: AbortSignal;
}

/**
 * `parley watch FEED_OR_LIST… [--every 10m] [--once] [--max-rounds N] [--host-interval 1s] [--db PATH]`:
 * polls the feeds and ingests each new article once. One line per article and per poll on stderr, a summary
 * on stdout at the end. Exit 0, or 1 when a feed or an article failed in a bounded run (--once, --max-rounds).
 */
export async function runWatch(inputs: readonly string[], flags: WatchFlags, io: Io, options: WatchRunOptions = {}): Promise<number> {
  const everyMs = durationFlag('--every', flags.every, WATCH_DEFAULTS.everyMs);
  const hostIntervalMs = durationFlag('--host-interval', flags.hostInterval, WATCH_DEFAULTS.hostIntervalMs, true);
  const timeoutMs = durationFlag('--timeout', flags.timeout, 20_000);
  const maxRounds = flags.maxRounds === undefined ? undefined : wholeNumberFlag('--max-rounds', flags.maxRounds);
  if (inputs.length === 0) throw new UsageError('watch wants at least one feed URL, or a file listing feed URLs');
  const list = await readFeedList(inputs);
  for (const line of list.errors) io.error(line);
  if (list.feeds.length === 0) throw new UsageError('watch: no feed URL to watch (http or https, one per line in a list file)');

  const path = recordPath(flags.db);
  if (flags.queue && !isPostgresUrl(path)) throw new UsageError('watch --queue needs a PostgreSQL record (--db postgres://…): the queue lives in its database');
  const opened = await openRecord(path);
  if (!opened.ok) {
    io.error(`parley: ${formatStoreError(opened.error)}`);
    return 1;
  }
  const db = opened.db;
  const signals = options.signal ? null : stopOnSignals(io);
  const signal = options.signal ?? signals?.signal;
  let target: SinkTarget | null = null;
  try {
    target = flags.queue ? await openQueueSink(db, path) : { sink: ingestSink(db), close: async () => undefined };
    const once = flags.once === true;
    const summary = await watchFeeds(db, list.feeds, {
      everyMs,
      hostIntervalMs,
      timeoutMs,
      once,
      ...(maxRounds === undefined ? {} : { maxRounds }),
      ...(signal ? { signal } : {}),
      onEvent: (e) => report(e, io, once),
    }, target.sink);
    const a = summary.articles;
    io.print(
      `watched ${list.feeds.length} feed(s) in ${summary.rounds} round(s): ${summary.polls} poll(s), ${summary.notModified} not modified, ${summary.feedFailures} failed; ` +
        `articles: ${a.new} new, ${a.known} known, ${a.queued > 0 ? `${a.queued} queued, ` : ''}${a.failed} failed`,
    );
    if (summary.stopped === 'signal') return 0;
    return list.errors.length > 0 || summary.feedFailures > 0 || a.failed > 0 ? 1 : 0;
  } finally {
    signals?.dispose();
    await target?.close();
    await db.close();
  }
}

/** Where new articles go, and what to close when the watch ends. */
interface SinkTarget {
  readonly sink: ArticleSink;
  close(): Promise<void>;
}

/** `--queue` (PostgreSQL record at `location`): each new article is cleaned and queued for the workers. */
async function openQueueSink(db: Db, location: string): Promise<SinkTarget> {
  const queue = await openArticleQueue(db, location);
  return { sink: queueSink(queue), close: () => queue.close() };
}

/** One line per event on stderr: articles, polls, failures (`source: message [code]`). */
function report(e: WatchEvent, io: Io, once: boolean): void {
  const next = (at: number): string => (once ? '' : `; next poll in ${formatDuration(at - Date.now())}`);
  switch (e.type) {
    case 'article':
      io.error(`parley: ${e.outcome} ${e.url ?? e.feed}`);
      break;
    case 'item-failed':
      io.error(`${e.source}: ${e.message.replace(/\s+/g, ' ')} [${e.code}]${e.willRetry ? ' (will retry)' : ''}`);
      break;
    case 'polled':
      if (e.notModified) io.error(`parley: ${e.feed}: not modified${next(e.nextPollAt)}`);
      else io.error(`parley: ${e.feed}: ${e.items} item(s), ${e.fresh} not seen before${e.complete ? '' : ', some left for the next poll'}${next(e.nextPollAt)}`);
      break;
    case 'feed-failed':
      io.error(`${e.feed}: ${e.message.replace(/\s+/g, ' ')} [${e.code}]; retry in ${formatDuration(e.nextPollAt - Date.now())} (${e.failures} failure(s) in a row)`);
      break;
    case 'round':
    case 'waiting':
      break;
  }
}

/** SIGINT/SIGTERM: finish the item in hand, save the feed's state, exit 0; a second signal exits at once. */
function stopOnSignals(io: Io): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const stop = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      io.error(`parley: ${name} again: exiting now`);
      process.exit(130);
    }
    io.error(`parley: ${name}: stopping after the current item`);
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}

function durationFlag(name: string, value: string | undefined, fallback: number, zeroOk = false): number {
  if (value === undefined) return fallback;
  const ms = parseDuration(value);
  if (ms === null || (ms === 0 && !zeroOk)) throw new UsageError(`${name} wants a duration such as 30s, 10m or 1h, got ${JSON.stringify(value)}`);
  return ms;
}

