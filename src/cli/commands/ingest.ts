import cliProgress from 'cli-progress';
import { readInputs, cleanInput, formatError } from '../../index.js';
import { saveArticle, type SaveOutcome } from '../../store/write/index.js';
import { formatStoreError, openRecord, recordPath } from '../../store/write/open-record.js';
import { isPostgresUrl, withoutPassword } from '../../store/index.js';
import { DEFAULT_JOB_TIMEOUT_SECONDS, openArticleQueue, type ArticleQueue } from '../../queue/index.js';
import type { Article } from '../../core/types.js';
import { recordStats } from '../../store/stats.js';
import type { Db } from '../../store/db.js';
import { UsageError, wholeNumberFlag, type Io } from '../io.js';

export interface IngestFlags {
  readonly db?: string;
  readonly manifest?: string;
  /** Enqueue for `parley worker` instead of extracting here (PostgreSQL stores). */
  readonly queue?: boolean;
  /** With --queue: seconds a worker may hold one article before another worker takes it over. */
  readonly jobTimeout?: string;
}

export interface IngestOptions {
  /** Draw a progress bar (a terminal) instead of a line every PLAIN_EVERY articles. */
  readonly tty?: boolean;
}

const PLAIN_EVERY = 10;

interface Tally { new: number; known: number; failed: number; queued: number; reports: number; fused: number; entities: number; quotes: number }

/** What becomes of one clean article: stored now, or queued for the workers. */
type Store = (doc: Article, source: string, tally: Tally) => Promise<void>;

/**
 * `parley ingest INPUT… [--db PATH] [--manifest FILE]`: every article into the record, each in its
 * own transaction. A failed article is one line on stderr and the batch goes on; exit code 1 if any
 * failed. Rerunning is cheap: stored texts are recognised by id before extraction.
 */
export async function runIngest(inputs: readonly string[], flags: IngestFlags, io: Io, options: IngestOptions = {}): Promise<number> {
  const specs = [...inputs, ...(flags.manifest === undefined ? [] : [flags.manifest])];
  if (specs.length === 0) throw new UsageError('ingest wants at least one input (file, directory, URL, feed, WARC, manifest) or --manifest FILE');
  const path = recordPath(flags.db);
  if (flags.queue && !isPostgresUrl(path)) throw new UsageError('ingest --queue needs a PostgreSQL record (--db postgres://…): the queue lives in its database');
  const jobTimeoutSeconds = wholeNumberFlag('--job-timeout', flags.jobTimeout ?? String(DEFAULT_JOB_TIMEOUT_SECONDS), { max: 3600, what: 'whole seconds' });
  const opened = await openRecord(path);
  if (!opened.ok) {
    io.error(`parley: ${formatStoreError(opened.error)}`);
    return 1;
  }
  const db = opened.db;
  let queue: ArticleQueue | undefined;
  try {
    if (flags.queue) queue = await openArticleQueue(db, path, { jobTimeoutSeconds });
    const store = queue ? enqueueTo(queue) : saveTo(db);
    const total = await countInputs(specs);
    const progress = options.tty ? barProgress(total) : plainProgress(total, io);
    const tally: Tally = { new: 0, known: 0, failed: 0, queued: 0, reports: 0, fused: 0, entities: 0, quotes: 0 };
    const started = Date.now();
    for await (const read of readInputs(specs)) {
      const line = read.ok ? await ingestOne(store, read.value, tally) : formatError({ ...read.error, source: read.error.source ?? '' });
      if (line !== null) {
        tally.failed++;
        progress.log(line);
      }
      progress.tick(tally);
    }
    progress.stop();
    await printSummary(db, path, tally, Date.now() - started, io);
    return tally.failed > 0 ? 1 : 0;
  } finally {
    await queue?.close();
    await db.close();
  }
}

/** Cleans and stores (or queues) one input; the error line when it failed, else null. */
async function ingestOne(store: Store, input: Parameters<typeof cleanInput>[0], tally: Tally): Promise<string | null> {
  const cleaned = cleanInput(input);
  if (!cleaned.ok) return formatError({ ...cleaned.error, source: cleaned.error.source ?? input.source });
  try {
    await store(cleaned.value, input.source, tally);
  } catch (e) {
    // A store failure (disk full, locked file) loses this article only: its transaction rolled back.
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return `${input.source}: could not store the article: ${message} [store/write-failed]`;
  }
  return null;
}

const enqueueTo = (queue: ArticleQueue): Store => async (doc, source, tally) => {
  const result = await queue.enqueue(doc, source);
  if (result === 'known') tally.known++;
  else tally.queued++;
};

const saveTo = (db: Db): Store => async (doc, source, tally) => {
  const outcome: SaveOutcome = await saveArticle(db, doc, source);
  if (outcome.article === 'known') tally.known++;
  else {
    tally.new++;
    tally.reports += outcome.events;
    tally.fused += outcome.fusedReports;
    tally.entities += outcome.newEntities;
    tally.quotes += outcome.quotes;
  }
};


/** How many articles the specs hold, for the ETA; null when counting would fetch or read stdin. */
async function countInputs(specs: readonly string[]): Promise<number | null> {
  if (specs.some((s) => s === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(s))) return null;
  let n = 0;
  for await (const _ of readInputs(specs)) n++;
  return n;
}

interface Progress {
  tick(t: Tally): void;
  log(line: string): void;
  stop(): void;
}

const done = (t: Tally): number => t.new + t.known + t.failed + t.queued;

function plainProgress(total: number | null, io: Io): Progress {
  const started = Date.now();
  return {
    tick: (t) => {
      const n = done(t);
      if (n % PLAIN_EVERY !== 0 && n !== total) return;
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? n / seconds : 0;
      const eta = total !== null && rate > 0 ? `, ETA ${Math.ceil((total - n) / rate)}s` : '';
      io.error(`parley: ${n}${total === null ? '' : `/${total}`} articles (new ${t.new}, ${t.queued > 0 ? `queued ${t.queued}, ` : ''}known ${t.known}, failed ${t.failed}) ${rate.toFixed(1)}/s${eta}`);
    },
    log: (line) => io.error(line),
    stop: () => undefined,
  };
}

function barProgress(total: number | null): Progress {
  const started = Date.now();
  const multi = new cliProgress.MultiBar({
    stream: process.stderr,
    clearOnComplete: false,
    hideCursor: true,
    format: total === null
      ? '{value} articles | {rate}/s | new {new} known {known} failed {failed}'
      : '{bar} {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted} | new {new} known {known} failed {failed}',
  }, cliProgress.Presets.shades_classic);
  const bar = multi.create(total ?? 0, 0, { rate: '0.0', new: 0, known: 0, failed: 0 });
  return {
    tick: (t) => {
      const n = done(t);
      const seconds = (Date.now() - started) / 1000;
      bar.update(n, { rate: (seconds > 0 ? n / seconds : 0).toFixed(1), new: t.new, known: t.known, failed: t.failed });
    },
    log: (line) => multi.log(`${line}\n`),
    stop: () => multi.stop(),
  };
}

async function printSummary(db: Db, path: string, t: Tally, ms: number, io: Io): Promise<void> {
  const s = await recordStats(db);
  if (t.queued > 0) {
    io.print(`queued ${t.queued} article(s) in ${(ms / 1000).toFixed(1)}s for the workers (parley worker): ${t.known} known, ${t.failed} failed`);
    io.print(`record ${withoutPassword(path)}: ${s.articles} articles so far`);
    return;
  }
  io.print(`ingested ${done(t)} article(s) in ${(ms / 1000).toFixed(1)}s: ${t.new} new, ${t.known} known, ${t.failed} failed`);
  io.print(`this run: ${t.entities} new entities, ${t.reports} event reports (${t.fused} joined an event of another article), ${t.quotes} quotes`);
  io.print(`record ${withoutPassword(path)}: ${s.articles} articles, ${s.entities} entities, ${s.events} events, ${s.quotes} quotes, ${s.disputedFacts} disputed facts`);
}
