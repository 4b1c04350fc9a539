/**
 * `parley worker`: takes article jobs from the queue, extracts (the slow part, in parallel across
 * workers), stages the extraction, and commits whatever is ready at the head of the queue. A worker
 * killed mid-job loses nothing: its transaction never committed, and pg-boss gives the job to
 * another worker once it expires; an article already stored is only ever stored once (by its id).
 */
import type PgBoss from 'pg-boss';
import type { Extraction } from '../core/types.js';
import { extractArticle } from '../extract/index.js';
import { sleep } from '../core/sleep.js';
import type { Db } from '../store/db.js';
import { openStore } from '../store/index.js';
import { isStored } from '../store/write/index.js';
import { ARTICLE_QUEUE, RETRY_LIMIT, startBoss, type ArticleJob } from './boss.js';
import { commitReady, headWaiting, markFailed, pendingCount, queuedArticle, stage, type Committed } from './staging.js';

export interface WorkerOptions {
  /** Exit once nothing is waiting in the queue (for batches, tests and benchmarks). */
  readonly drain?: boolean;
  /** Stops the worker after its current job. */
  readonly signal?: AbortSignal;
  /** One line per article stored or failed. */
  readonly log?: (line: string) => void;
}

export interface WorkerSummary {
  readonly extracted: number;
  readonly stored: number;
  readonly failed: number;
}

const UPKEEP_MS = 500;

export async function runWorker(url: string, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const log = options.log ?? (() => {});
  const db = await openStore(url);
  const tally = { extracted: 0, stored: 0, failed: 0 };
  const reportCommitted = (done: readonly Committed[]): void => {
    for (const c of done) {
      tally.stored++;
      log(`stored ${c.source} (${c.article})`);
    }
  };
  const reportFailure = (seq: number, message: string): void => {
    tally.failed++;
    log(`queue #${seq}: ${message} [queue/failed]`);
  };
  let boss: PgBoss | undefined;
  try {
    boss = await startBoss(url, { supervise: true });
    let lastUpkeep = 0;
    while (!options.signal?.aborted) {
      // One job at a time, fetched again as soon as one is done (pg-boss's own `work` loop waits a
      // polling interval between jobs, which would cap a worker at two articles a second).
      const [job] = await boss.fetch<ArticleJob>(ARTICLE_QUEUE, { batchSize: 1, includeMetadata: true });
      if (job) {
        try {
          if (await extractJob(db, job.data.seq, job.retryCount >= RETRY_LIMIT, reportFailure)) tally.extracted++;
          await boss.complete(ARTICLE_QUEUE, job.id);
        } catch (err) {
          await boss.fail(ARTICLE_QUEUE, job.id, { message: err instanceof Error ? err.message.split('\n')[0] : String(err) });
        }
        reportCommitted(await commitReady(db, reportFailure));
      }
      // Upkeep: commit what others staged and left (a worker that died after staging), give up on
      // articles whose job pg-boss gave up on, and notice when a drained queue is empty.
      if (job && Date.now() - lastUpkeep < UPKEEP_MS) continue;
      lastUpkeep = Date.now();
      await reapAbandoned(db, boss, reportFailure);
      reportCommitted(await commitReady(db, reportFailure));
      if (options.drain && (await pendingCount(db)) === 0) break;
      if (!job) await sleep(UPKEEP_MS, options.signal ?? null);
    }
  } finally {
    await boss?.stop({ graceful: false, wait: true, timeout: 10_000 });
    await db.close();
  }
  return tally;
}

/** Extracts and stages one queued article; true when this worker did the extraction. */
async function extractJob(db: Db, seq: number, lastTry: boolean, reportFailure: (seq: number, message: string) => void): Promise<boolean> {
  const queued = await queuedArticle(db, seq);
  if (!queued || queued.state !== 'queued') return false; // stored, staged or given up by now
  let extraction: Extraction | null;
  try {
    extraction = (await isStored(db, queued.article.id)) ? null : extractArticle(queued.article);
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    if (!lastTry) throw err; // pg-boss retries it
    if (await markFailed(db, seq, 'queued', `${queued.source}: extraction failed: ${message}`)) reportFailure(seq, `${queued.source}: extraction failed: ${message}`);
    return false;
  }
  await stage(db, seq, extraction);
  return true;
}

/** The head article's job is over in pg-boss (failed, retries spent) yet the article was never staged. */
async function reapAbandoned(db: Db, boss: PgBoss, reportFailure: (seq: number, message: string) => void): Promise<void> {
  const head = await headWaiting(db);
  if (!head?.jobId) return;
  const job = await boss.getJobById(ARTICLE_QUEUE, head.jobId, { includeArchive: true });
  if (job && (job.state === 'created' || job.state === 'retry' || job.state === 'active')) return;
  const message = `no worker could extract it (its job ${job ? `is ${job.state}` : 'is gone'})`;
  if (await markFailed(db, head.seq, 'queued', message)) reportFailure(head.seq, message);
}
