/**
 * The queue stage: `parley ingest --queue` enqueues articles (enqueue.ts), `parley worker` extracts
 * and stores them (worker.ts), in queue order whatever the number of workers (staging.ts).
 * PostgreSQL only: the jobs live in the record's database (pg-boss).
 */
export { openArticleQueue, type ArticleQueue, type Enqueued } from './enqueue.js';
export { runWorker, type WorkerOptions, type WorkerSummary } from './worker.js';
export { DEFAULT_JOB_TIMEOUT_SECONDS } from './boss.js';
