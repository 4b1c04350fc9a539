/**
 * The queue's own table (migration 007): workers stage extractions in any order, and whoever stages
 * one then commits every staged article at the head of the queue, in seq order. So the record grows
 * exactly as one `parley ingest` of the same inputs would grow it, however many workers there are,
 * and no one waits for anyone: an article staged early waits in the table until the ones before it
 * are staged too.
 */
import type { Article, Extraction } from '../core/types.js';
import type { Db } from '../store/db.js';
import { saveExtraction, saveIfKnown } from '../store/write/index.js';

export type QueueState = 'queued' | 'staged' | 'failed';

export interface QueuedArticle {
  readonly seq: number;
  readonly article: Article;
  readonly source: string;
  readonly state: QueueState;
}

interface Row { seq: number; article: string; source: string; state: QueueState; extraction: string | null }

export async function queuedArticle(db: Db, seq: number): Promise<QueuedArticle | undefined> {
  const row = await db.get<Row>('SELECT seq, article, source, state FROM ingest_queue WHERE seq = ?', [seq]);
  return row && { seq: row.seq, article: JSON.parse(row.article) as Article, source: row.source, state: row.state };
}

/** Records a worker's extraction (null: the text was already in the record, only the source is new). */
export async function stage(db: Db, seq: number, extraction: Extraction | null): Promise<void> {
  await db.run("UPDATE ingest_queue SET state = 'staged', extraction = ? WHERE seq = ? AND state = 'queued'", [
    extraction === null ? null : JSON.stringify(extraction), seq,
  ]);
}

/**
 * An article no worker could extract or store: kept with its reason, and no longer holding up the
 * queue. Only from the state the caller saw, so a late verdict never undoes another worker's staging.
 */
export async function markFailed(db: Db, seq: number, from: 'queued' | 'staged', error: string): Promise<boolean> {
  return (await db.run("UPDATE ingest_queue SET state = 'failed', error = ? WHERE seq = ? AND state = ?", [error, seq, from])).changes > 0;
}

export interface Committed {
  readonly seq: number;
  readonly source: string;
  readonly article: 'new' | 'known';
}

/**
 * Moves staged articles at the head of the queue into the record, each in its own transaction under
 * the record's write lock (so two workers never commit one head twice or out of order). Stops at the
 * first article not yet staged. A save that throws marks its article failed rather than block the rest.
 */
export async function commitReady(db: Db, onError: (seq: number, message: string) => void = () => {}): Promise<Committed[]> {
  const committed: Committed[] = [];
  for (;;) {
    let failure: { seq: number; message: string } | undefined;
    const step = await db.transaction(async (): Promise<Committed | 'blocked'> => {
      const head = await db.get<Row>(
        "SELECT seq, article, source, state, extraction FROM ingest_queue WHERE state <> 'failed' ORDER BY seq LIMIT 1",
      );
      if (!head || head.state !== 'staged') return 'blocked';
      try {
        const outcome = head.extraction === null
          ? await saveIfKnown(db, JSON.parse(head.article) as Article, head.source)
          : await saveExtraction(db, JSON.parse(head.extraction) as Extraction, head.source);
        await db.run('DELETE FROM ingest_queue WHERE seq = ?', [head.seq]);
        return { seq: head.seq, source: head.source, article: outcome?.article ?? 'known' };
      } catch (err) {
        failure = { seq: head.seq, message: err instanceof Error ? err.message.split('\n')[0]! : String(err) };
        throw err;
      }
    }).catch((err: unknown) => {
      if (!failure) throw err;
      return 'failed' as const;
    });
    if (step === 'blocked') return committed;
    if (step === 'failed') {
      await markFailed(db, failure!.seq, 'staged', `could not store the article: ${failure!.message}`);
      onError(failure!.seq, failure!.message);
      continue;
    }
    committed.push(step);
  }
}

/** Articles waiting to be extracted or committed (failed ones are not waiting). */
export async function pendingCount(db: Db): Promise<number> {
  return Number((await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM ingest_queue WHERE state <> 'failed'"))?.n ?? 0);
}

/** The head of the queue when it is still waiting for a worker to extract it, with its job. */
export async function headWaiting(db: Db): Promise<{ seq: number; jobId: string | null } | undefined> {
  const row = await db.get<{ seq: number; job_id: string | null; state: QueueState }>(
    "SELECT seq, job_id, state FROM ingest_queue WHERE state <> 'failed' ORDER BY seq LIMIT 1",
  );
  return row?.state === 'queued' ? { seq: row.seq, jobId: row.job_id } : undefined;
}
