/**
 * `parley ingest --queue`: articles go into the queue instead of the record. The queue row (the
 * article, in order) and its pg-boss job are written in one transaction, so a crash never leaves a
 * row no worker will take nor a job without its article.
 */
import pg from 'pg';
import type PgBoss from 'pg-boss';
import type { Article } from '../core/types.js';
import type { Db } from '../store/db.js';
import { saveIfKnown } from '../store/write/index.js';
import { ARTICLE_QUEUE, DEFAULT_JOB_TIMEOUT_SECONDS, startBoss, type ArticleJob } from './boss.js';

export type Enqueued = 'queued' | 'known' | 'pending';

export interface ArticleQueue {
  /** `known`: the text is in the record (its source was added now); `pending`: already queued from there. */
  enqueue(doc: Article, source: string): Promise<Enqueued>;
  close(): Promise<void>;
}

/** `jobTimeoutSeconds`: how long a worker may hold one of these articles before another takes it over. */
export async function openArticleQueue(db: Db, url: string, options: { readonly jobTimeoutSeconds?: number } = {}): Promise<ArticleQueue> {
  const timeout = options.jobTimeoutSeconds ?? DEFAULT_JOB_TIMEOUT_SECONDS;
  const boss = await startBoss(url, { jobTimeoutSeconds: timeout });
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  pool.on('error', () => {});
  return {
    enqueue: async (doc, source) => {
      // A source added to a text already in the record changes nothing that depends on order.
      if (await saveIfKnown(db, doc, source)) return 'known';
      const queued = await db.get("SELECT seq FROM ingest_queue WHERE article_id = ? AND source = ? AND state <> 'failed'", [doc.id, source]);
      if (queued) return 'pending';
      await inOneTransaction(pool, boss, timeout, doc, source);
      return 'queued';
    },
    close: async () => {
      await boss.stop({ graceful: false, wait: true });
      await pool.end();
    },
  };
}

async function inOneTransaction(pool: pg.Pool, boss: PgBoss, timeout: number, doc: Article, source: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ seq: number }>(
      "INSERT INTO ingest_queue (article_id, source, article, state, queued_at) VALUES ($1, $2, $3, 'queued', $4) RETURNING seq",
      [doc.id, source, JSON.stringify(doc), new Date().toISOString()],
    );
    const seq = Number(rows[0]!.seq);
    const job: ArticleJob = { seq };
    const jobId = await boss.send(ARTICLE_QUEUE, job, { expireInSeconds: timeout, db: { executeSql: (text, values) => client.query(text, values) } });
    await client.query('UPDATE ingest_queue SET job_id = $1 WHERE seq = $2', [jobId, seq]);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
