/**
 * One poll of one feed: a conditional GET, then each item not yet seen (oldest first) fetched at the host's
 * pace and handed to the sink, then the feed's state. The feed's validators are kept only when every item of
 * this version was dealt with, so an item left for later (stopped, host asked to wait, a passing failure)
 * comes back with the whole feed at the next poll instead of hiding behind a 304.
 */
import { createHash } from 'node:crypto';
import { fail, type ParleyError, type Result } from '../core/errors.js';
import type { Input } from '../core/types.js';
import { toInput } from '../ingest/document.js';
import type { Fetched } from '../ingest/fetch-url.js';
import { itemPageInput, parseFeedText, planFeedItem, type Feed, type FeedItem, type ItemPlan } from '../ingest/read-feed.js';
import { feedKind, isBinaryMime, isFeedMime } from '../ingest/sniff.js';
import type { Db } from '../store/db.js';
import { failureDelay } from './backoff.js';
import type { HostLimiter } from './host-limiter.js';
import { conditionalGet } from './http.js';
import type { Resolved } from './options.js';
import type { ArticleSink, SinkOutcome } from './sink.js';
import { articleUrlDone, loadFeed, loadItem, recordItem, recordPollFailure, recordPollSuccess, type FeedState } from './state.js';

export interface PollContext {
  readonly db: Db;
  readonly options: Resolved;
  readonly limiter: HostLimiter;
  readonly sink: ArticleSink;
}

/** What one poll did. */
export interface PollTally {
  /** A request went out (false when the watch was stopped while waiting for the host). */
  polled: boolean;
  notModified: boolean;
  feedFailed: boolean;
  new: number;
  known: number;
  queued: number;
  itemsFailed: number;
}

export const emptyTally = (): PollTally => ({ polled: false, notModified: false, feedFailed: false, new: 0, known: 0, queued: 0, itemsFailed: 0 });

export async function pollFeed(ctx: PollContext, url: string): Promise<PollTally> {
  const { db, options: o, limiter } = ctx;
  const tally = emptyTally();
  const state = await loadFeed(db, url);
  // Another feed of this host got a Retry-After during this round: this one waits for its next turn.
  if (limiter.blockedUntil(url) > 0) return tally;
  const request = await limiter.run(url, async () => ({ polledAt: o.now(), got: await conditionalGet(url, o.limits, state, o.now) }), o.signal);
  if (!request.ran) return tally;
  tally.polled = true;
  const { polledAt, got } = request.value;
  if (got.kind === 'failed') return feedFailed(ctx, state, polledAt, got.error, got.retryAfterMs, tally);
  const nextPollAt = polledAt + o.everyMs;
  if (got.kind === 'not-modified') {
    await recordPollSuccess(db, url, polledAt, got.validators, nextPollAt);
    tally.notModified = true;
    o.onEvent({ type: 'polled', feed: url, notModified: true, items: 0, fresh: 0, complete: true, nextPollAt });
    return tally;
  }
  const parsed = readFeedDocument(got.fetched, url, o.limits);
  if (!parsed.ok) return feedFailed(ctx, state, polledAt, parsed.error, null, tally);
  const { feed, encoding } = parsed.value;
  const { fresh, complete } = await handleItems(ctx, url, feed, got.fetched.url, encoding, tally);
  await recordPollSuccess(db, url, polledAt, complete ? got.validators : { etag: null, lastModified: null }, nextPollAt);
  o.onEvent({ type: 'polled', feed: url, notModified: false, items: feed.items.length, fresh, complete, nextPollAt });
  return tally;
}

async function feedFailed(ctx: PollContext, state: FeedState, polledAt: number, error: ParleyError, retryAfterMs: number | null, tally: PollTally): Promise<PollTally> {
  const o = ctx.options;
  const failures = state.failures + 1;
  const nextPollAt = polledAt + failureDelay(failures, o.everyMs, o.maxBackoffMs, retryAfterMs, o.maxRetryAfterMs);
  // Retry-After speaks for the host: its other feeds and pages wait too.
  if (retryAfterMs !== null) ctx.limiter.block(state.url, polledAt + Math.min(retryAfterMs, o.maxRetryAfterMs));
  await recordPollFailure(ctx.db, state.url, polledAt, failures, nextPollAt, `${error.message} [${error.code}]`);
  tally.feedFailed = true;
  o.onEvent({ type: 'feed-failed', feed: state.url, message: error.message, code: error.code, failures, nextPollAt });
  return tally;
}

/** The feed's bytes as a parsed feed: decoded like any input, and refused when it is not RSS or Atom. */
function readFeedDocument(fetched: Fetched, url: string, limits: Resolved['limits']): Result<{ feed: Feed; encoding: string }> {
  if (isBinaryMime(fetched.contentType)) return fail('ingest/bad-feed', `not an RSS or Atom feed: binary content (${fetched.contentType})`, url);
  const input = toInput(fetched.bytes, url, { url: fetched.url, hints: {}, headerCharset: fetched.charset }, limits);
  if (!input.ok) return input;
  if (!isFeedMime(fetched.contentType) && !feedKind(input.value.text)) {
    return fail('ingest/bad-feed', `not an RSS or Atom feed (${fetched.contentType ?? 'no content type'})`, url);
  }
  const feed = parseFeedText(input.value.text, url);
  return feed.ok ? { ok: true, value: { feed: feed.value, encoding: input.value.encoding } } : feed;
}

/** How an item is known across polls: its guid (Atom id), else its link, else a hash of what it says. */
function itemKey(item: FeedItem, plan: ItemPlan): string {
  const id = item.id?.trim();
  if (id) return id;
  const link = plan.kind === 'link' ? plan.link : plan.kind === 'content' ? plan.input.url : null;
  if (link) return link;
  return `sha256:${createHash('sha256').update(`${item.title ?? ''}\n${item.content ?? item.description ?? ''}`).digest('hex')}`;
}

type ItemEnd = 'done' | 'retry' | 'stop';

async function handleItems(ctx: PollContext, feedUrl: string, feed: Feed, baseUrl: string, encoding: string, tally: PollTally): Promise<{ fresh: number; complete: boolean }> {
  const o = ctx.options;
  // Feeds list the newest first; the record is built in the order things happened.
  const items = feed.items.map((item, i) => ({ item, n: i + 1 })).reverse();
  let fresh = 0;
  let complete = true;
  for (const { item, n } of items) {
    if (o.signal?.aborted) {
      complete = false;
      break;
    }
    const plan = planFeedItem(item, n, feed, feedUrl, baseUrl, encoding, o.limits);
    const key = itemKey(item, plan);
    const seen = await loadItem(ctx.db, feedUrl, key);
    if (seen && seen.status !== 'retry') continue;
    fresh++;
    const end = await handleItem(ctx, feedUrl, key, plan, (seen?.attempts ?? 0) + 1, tally);
    if (end !== 'done') complete = false;
    if (end === 'stop') break;
  }
  return { fresh, complete };
}

async function handleItem(ctx: PollContext, feed: string, key: string, plan: ItemPlan, attempts: number, tally: PollTally): Promise<ItemEnd> {
  const { db, options: o, limiter } = ctx;
  const record = (status: 'ok' | 'retry' | 'failed', articleUrl: string | null, error: string | null, articleId: string | null): Promise<void> =>
    recordItem(db, { feed, key, articleUrl, status, attempts, error, articleId, at: o.now() });
  const failed = async (articleUrl: string | null, source: string, code: string, message: string, transient: boolean): Promise<ItemEnd> => {
    const willRetry = transient && attempts < o.maxItemAttempts;
    await record(willRetry ? 'retry' : 'failed', articleUrl, `${message} [${code}]`, null);
    tally.itemsFailed++;
    o.onEvent({ type: 'item-failed', feed, source, message, code, willRetry });
    return willRetry ? 'retry' : 'done';
  };

  if (plan.kind === 'fail') {
    const e = plan.failure.error;
    return failed(null, e.source ?? feed, e.code, e.message, false);
  }
  let input: Input;
  let url: string | null;
  if (plan.kind === 'content') {
    url = plan.input.url;
    // A stable name for where it was seen: the item's link, else the feed and the item's key (its position moves).
    input = { ...plan.input, source: url ?? `${feed}#${key}` };
  } else {
    url = plan.link;
    if (await articleUrlDone(db, url)) {
      // Another feed (an outlet's section feeds overlap) already brought this page in.
      await record('ok', url, null, null);
      tally.known++;
      o.onEvent({ type: 'article', feed, url, outcome: 'known' });
      return 'done';
    }
    if (limiter.blockedUntil(url) > 0) return 'stop';
    const link = url;
    const request = await limiter.run(link, () => conditionalGet(link, o.limits, null, o.now), o.signal);
    if (!request.ran) return 'stop';
    const got = request.value;
    if (got.kind === 'not-modified') return failed(url, url, 'ingest/http-status', `HTTP 304 to an unconditional request from ${url}`, true);
    if (got.kind === 'failed') {
      if (got.retryAfterMs !== null && (got.status === 429 || got.status === 503)) {
        // The host asked for a pause: not the article's fault, so no attempt is counted; the item waits, unrecorded.
        limiter.block(url, o.now() + Math.min(got.retryAfterMs, o.maxRetryAfterMs));
        o.onEvent({ type: 'item-failed', feed, source: url, message: got.error.message, code: got.error.code, willRetry: true });
        tally.itemsFailed++;
        return 'stop';
      }
      return failed(url, url, got.error.code, got.error.message, got.transient);
    }
    const page = itemPageInput(got.fetched, url, plan.hints, o.limits);
    if (!page.ok) return failed(url, url, page.error.code, page.error.message, false);
    input = page.value;
  }
  let out: SinkOutcome;
  try {
    out = await ctx.sink({ feed, key, url, input });
  } catch (e) {
    out = { ok: false, code: 'watch/sink-failed', message: e instanceof Error ? (e.message.split('\n')[0] ?? e.name) : String(e), retry: true };
  }
  if (!out.ok) return failed(url, input.source, out.code, out.message, out.retry);
  await record('ok', url, null, out.articleId);
  tally[out.outcome]++;
  o.onEvent({ type: 'article', feed, url, outcome: out.outcome });
  return 'done';
}
