/**
 * The job queue itself is pg-boss (SKIP LOCKED on a table in the record's PostgreSQL database): it
 * hands each article's job to one worker, and hands it to another when a worker dies mid-job (the job
 * expires) or fails (it is retried). Its tables live in their own schema, `pgboss`.
 */
import PgBoss from 'pg-boss';

export const ARTICLE_QUEUE = 'parley-articles';

export interface BossOptions {
  /** A job not finished in this time is taken from its worker (presumed dead) and retried. */
  readonly jobTimeoutSeconds?: number | undefined;
  /** Only workers run pg-boss's upkeep (expiring jobs of dead workers); an enqueuer does not. */
  readonly supervise?: boolean;
}

export const DEFAULT_JOB_TIMEOUT_SECONDS = 120;
/** Retries of one article before it is marked failed: a crash, a timeout, an extraction error. */
export const RETRY_LIMIT = 5;

export interface ArticleJob {
  readonly seq: number;
}

export async function startBoss(url: string, options: BossOptions = {}): Promise<PgBoss> {
  const timeout = options.jobTimeoutSeconds ?? DEFAULT_JOB_TIMEOUT_SECONDS;
  const boss = new PgBoss({
    connectionString: url,
    max: 2,
    supervise: options.supervise ?? false,
    // Expired jobs (a dead worker's) are found by the upkeep: often enough that such an article
    // waits little more than its timeout. pg-boss runs one upkeep at a time across all workers.
    maintenanceIntervalSeconds: Math.max(1, Math.min(5, Math.floor(timeout / 2))),
    schedule: false,
  });
  // pg-boss reports connection trouble as events; a worker keeps going and its next poll reconnects.
  boss.on('error', () => {});
  await boss.start();
  // Several workers starting together may race to create the queue: the second one finds it made.
  await boss.createQueue(ARTICLE_QUEUE, { name: ARTICLE_QUEUE, retryLimit: RETRY_LIMIT, retryDelay: 1, expireInSeconds: timeout })
    .catch(async (err: unknown) => { if (!(await boss.getQueue(ARTICLE_QUEUE))) throw err; });
  return boss;
}
