/**
 * The watcher's memory in the record (tables `feeds` and `feed_items`, migration 006): validators and schedule
 * per feed, and every item seen. Plain statements with `?` placeholders and portable SQL (SQLite and PostgreSQL).
 */
import type { Db } from '../store/db.js';
import type { Validators } from './http.js';

export interface FeedState {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** ms since the epoch, or null when never polled. */
  readonly lastPolledAt: number | null;
  readonly failures: number;
  readonly nextPollAt: number | null;
  readonly lastError: string | null;
}

export type ItemStatus = 'ok' | 'retry' | 'failed';

export interface ItemState {
  readonly status: ItemStatus;
  readonly attempts: number;
}

interface FeedRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  failures: number | string;
  next_poll_at: string | null;
  last_error: string | null;
}

const iso = (ms: number): string => new Date(ms).toISOString();
const ms = (text: string | null): number | null => (text === null ? null : Date.parse(text));

/** Makes sure every feed has its row (a new feed starts due, with no validators). */
export async function ensureFeeds(db: Db, urls: readonly string[]): Promise<void> {
  for (const url of urls) await db.run('INSERT INTO feeds (url, failures) VALUES (?, 0) ON CONFLICT (url) DO NOTHING', [url]);
}

export async function loadFeed(db: Db, url: string): Promise<FeedState> {
  const row = await db.get<FeedRow>(
    'SELECT url, etag, last_modified, last_polled_at, failures, next_poll_at, last_error FROM feeds WHERE url = ?',
    [url],
  );
  if (!row) return { url, etag: null, lastModified: null, lastPolledAt: null, failures: 0, nextPollAt: null, lastError: null };
  return {
    url,
    etag: row.etag,
    lastModified: row.last_modified,
    lastPolledAt: ms(row.last_polled_at),
    failures: Number(row.failures),
    nextPollAt: ms(row.next_poll_at),
    lastError: row.last_error,
  };
}

/** A poll that worked (200 or 304): failures cleared, the validators to send next time (null: fetch it whole). */
export async function recordPollSuccess(db: Db, url: string, polledAt: number, validators: Validators, nextPollAt: number): Promise<void> {
  await db.run(
    'UPDATE feeds SET etag = ?, last_modified = ?, last_polled_at = ?, failures = 0, next_poll_at = ?, last_error = NULL WHERE url = ?',
    [validators.etag, validators.lastModified, iso(polledAt), iso(nextPollAt), url],
  );
}

/** A poll that failed: the validators stay (the copy we have is still the one we have). */
export async function recordPollFailure(db: Db, url: string, polledAt: number, failures: number, nextPollAt: number, error: string): Promise<void> {
  await db.run(
    'UPDATE feeds SET last_polled_at = ?, failures = ?, next_poll_at = ?, last_error = ? WHERE url = ?',
    [iso(polledAt), failures, iso(nextPollAt), error, url],
  );
}

export async function loadItem(db: Db, feed: string, key: string): Promise<ItemState | undefined> {
  const row = await db.get<{ status: ItemStatus; attempts: number | string }>(
    'SELECT status, attempts FROM feed_items WHERE feed_url = ? AND item_key = ?',
    [feed, key],
  );
  return row && { status: row.status, attempts: Number(row.attempts) };
}

/** True when some feed's item with this link was already handled: the page is not fetched again. */
export async function articleUrlDone(db: Db, url: string): Promise<boolean> {
  return (await db.get<{ one: number }>("SELECT 1 AS one FROM feed_items WHERE article_url = ? AND status = 'ok' LIMIT 1", [url])) !== undefined;
}

export interface ItemRecord {
  readonly feed: string;
  readonly key: string;
  readonly articleUrl: string | null;
  readonly status: ItemStatus;
  readonly attempts: number;
  readonly error: string | null;
  readonly articleId: string | null;
  readonly at: number;
}

/** Records what became of an item; a later try updates the row (first_seen_at stays). */
export async function recordItem(db: Db, r: ItemRecord): Promise<void> {
  await db.run(
    `INSERT INTO feed_items (feed_url, item_key, article_url, first_seen_at, status, attempts, last_error, article_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (feed_url, item_key) DO UPDATE SET
       article_url = excluded.article_url, status = excluded.status, attempts = excluded.attempts,
       last_error = excluded.last_error, article_id = excluded.article_id`,
    [r.feed, r.key, r.articleUrl, iso(r.at), r.status, r.attempts, r.error, r.articleId],
  );
}
