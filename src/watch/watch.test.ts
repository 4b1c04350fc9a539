import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore } from '../store/index.js';
import type { Db } from '../store/db.js';
import { testLocationFor, testPostgres } from '../testing/store.js';
import { openArticleQueue, runWorker } from '../queue/index.js';
import { queueSink, watchFeeds, type WatchEvent, type WatchOptions } from './index.js';
import { count, FeedServer } from './testing.js';

type T = { after: (fn: () => Promise<void>) => void };

/** A fresh record (a SQLite file in a temp folder; PostgreSQL when the suite runs there), closed after the test. */
async function record(t: T): Promise<{ db: Db; location: string }> {
  const { location } = await testLocationFor(t);
  const db = await openStore(location);
  t.after(() => db.close());
  return { db, location };
}

/** One round, no pause between requests: the tests that are not about pacing. */
const ONCE: WatchOptions = { once: true, hostIntervalMs: 0, everyMs: 60_000 };

const feedRow = (db: Db, url: string) =>
  db.get<{ etag: string | null; last_modified: string | null; last_polled_at: string; failures: number; next_poll_at: string; last_error: string | null }>(
    'SELECT etag, last_modified, last_polled_at, failures, next_poll_at, last_error FROM feeds WHERE url = ?',
    [url],
  );

test('the feed grows between polls: each new article is ingested once, and an unchanged feed costs a 304', async (t) => {
  const server = await FeedServer.start(t, 2);
  const { db } = await record(t);

  const first = await watchFeeds(db, [server.feedUrl], ONCE);
  assert.equal(first.articles.new, 2);
  assert.equal(await count(db, 'articles'), 2);
  assert.deepEqual(server.pageRequests().map((r) => r.path), ['/a/1', '/a/2'], 'oldest first, each page once');
  assert.match(server.log('/feed.xml')[0]!.userAgent ?? '', /^parley\/\d+\.\d+\.\d+ \(\+https?:\/\/\S+/);

  const unchanged = await watchFeeds(db, [server.feedUrl], ONCE);
  const conditional = server.log('/feed.xml')[1]!;
  assert.equal(conditional.ifNoneMatch, '"v2"');
  assert.ok(conditional.ifModifiedSince, 'If-Modified-Since sent');
  assert.equal(conditional.status, 304);
  assert.equal(unchanged.notModified, 1);
  assert.equal(server.pageRequests().length, 2, 'a 304 fetches nothing');

  server.addItem();
  const grown = await watchFeeds(db, [server.feedUrl], ONCE);
  assert.equal(grown.articles.new, 1);
  assert.equal(await count(db, 'articles'), 3);
  assert.deepEqual(server.pageRequests().map((r) => r.path), ['/a/1', '/a/2', '/a/3']);
  assert.equal(await count(db, 'feed_items', "feed_url = ? AND status = 'ok' AND article_id IS NOT NULL", [server.feedUrl]), 3);
  assert.equal((await feedRow(db, server.feedUrl))?.etag, '"v3"');
});

test('a running watch picks up each new item of a growing feed, once, at its interval', async (t) => {
  const server = await FeedServer.start(t, 1);
  const { db } = await record(t);
  const events: WatchEvent[] = [];
  const summary = await watchFeeds(db, [server.feedUrl], {
    everyMs: 150,
    hostIntervalMs: 0,
    maxRounds: 4,
    onEvent: (e) => {
      events.push(e);
      if (e.type === 'round' && e.round <= 2) server.addItem(); // the feed grows between polls
    },
  });
  assert.equal(summary.stopped, 'max-rounds');
  assert.equal(summary.rounds, 4);
  assert.equal(await count(db, 'articles'), 3);
  assert.deepEqual(server.pageRequests().map((r) => r.path), ['/a/1', '/a/2', '/a/3']);
  const polls = server.log('/feed.xml');
  assert.deepEqual(polls.map((r) => r.status), [200, 200, 200, 304]);
  // Each poll is booked for `every` after the one before went out, and none arrives before its time.
  const booked = events.flatMap((e) => (e.type === 'polled' ? [e.nextPollAt] : []));
  for (let i = 1; i < polls.length; i++) assert.ok(polls[i]!.at >= booked[i - 1]!, `poll ${i} came ${booked[i - 1]! - polls[i]!.at} ms early`);
  for (let i = 1; i < polls.length; i++) assert.ok(polls[i]!.at - polls[i - 1]!.at >= 100, `poll ${i} came ${polls[i]!.at - polls[i - 1]!.at} ms after the one before`);
  assert.equal(events.filter((e) => e.type === 'article' && e.outcome === 'new').length, 3);
});

test('a restart on the same record fetches nothing it already has', async (t) => {
  const server = await FeedServer.start(t, 3);
  const { location } = await testLocationFor(t);
  const before = await openStore(location);
  await watchFeeds(before, [server.feedUrl], ONCE);
  await before.close();
  assert.equal(server.pageRequests().length, 3);

  const after = await openStore(location);
  t.after(() => after.close());
  const again = await watchFeeds(after, [server.feedUrl], ONCE);
  assert.equal(again.notModified, 1);
  assert.equal(server.pageRequests().length, 3, 'no page fetched again');

  // Validators lost (a proxy that drops them, a feed that changes its ETag each time): the items are still known.
  await after.run('UPDATE feeds SET etag = NULL, last_modified = NULL');
  server.addItem();
  const grown = await watchFeeds(after, [server.feedUrl], ONCE);
  assert.equal(grown.articles.new, 1);
  assert.deepEqual(server.pageRequests().map((r) => r.path), ['/a/1', '/a/2', '/a/3', '/a/4']);
  assert.equal(await count(after, 'articles'), 4);

  // A continuous watch started right after a poll waits for the feed's interval instead of polling at once.
  const polled = server.log('/feed.xml').length;
  await watchFeeds(after, [server.feedUrl], { everyMs: 60_000, hostIntervalMs: 0, signal: AbortSignal.timeout(300) });
  assert.equal(server.log('/feed.xml').length, polled);
});

test('after a 500 the feed backs off, doubling, and comes back once the server does', async (t) => {
  const server = await FeedServer.start(t, 1);
  const { db } = await record(t);
  const every = 200;
  server.overrides.set('/feed.xml', { status: 500, body: 'oops', times: 2 });
  const events: WatchEvent[] = [];
  const failed = await watchFeeds(db, [server.feedUrl], { ...ONCE, everyMs: every, onEvent: (e) => events.push(e) });
  assert.equal(failed.feedFailures, 1);
  let row = (await feedRow(db, server.feedUrl))!;
  assert.equal(Number(row.failures), 1);
  assert.match(row.last_error ?? '', /HTTP 500/);
  const wait1 = Date.parse(row.next_poll_at) - Date.parse(row.last_polled_at);
  assert.equal(wait1, 2 * every, 'first failure: twice the interval');
  assert.ok(events.some((e) => e.type === 'feed-failed' && e.failures === 1));

  // Within the backoff, a round leaves the feed alone.
  await watchFeeds(db, [server.feedUrl], { ...ONCE, everyMs: every });
  assert.equal(server.log('/feed.xml').length, 1);

  await new Promise((r) => setTimeout(r, wait1 + 20));
  await watchFeeds(db, [server.feedUrl], { ...ONCE, everyMs: every });
  row = (await feedRow(db, server.feedUrl))!;
  assert.equal(Number(row.failures), 2);
  const wait2 = Date.parse(row.next_poll_at) - Date.parse(row.last_polled_at);
  assert.equal(wait2, 4 * every, 'second failure in a row: four intervals');

  await new Promise((r) => setTimeout(r, wait2 + 20));
  const back = await watchFeeds(db, [server.feedUrl], { ...ONCE, everyMs: every });
  assert.equal(back.articles.new, 1);
  row = (await feedRow(db, server.feedUrl))!;
  assert.equal(Number(row.failures), 0);
  assert.equal(row.last_error, null);
  assert.deepEqual(server.log('/feed.xml').map((r) => r.status), [500, 500, 200]);
});

test('Retry-After on a 503 or 429 is honoured, for the feed and for its host', async (t) => {
  const server = await FeedServer.start(t, 2);
  const { db } = await record(t);
  const busy = `${server.base}/busy.xml`;
  server.overrides.set('/busy.xml', { status: 503, headers: { 'retry-after': '120' } });
  // The busy feed comes first; the other feed of the same host then waits for its next turn.
  await watchFeeds(db, [busy, server.feedUrl], { ...ONCE, everyMs: 50 });
  const row = (await feedRow(db, busy))!;
  const wait = Date.parse(row.next_poll_at) - Date.parse(row.last_polled_at);
  assert.ok(wait >= 120_000 && wait < 121_000, `next poll ${wait} ms later, not before Retry-After`);
  assert.equal(server.log('/feed.xml').length, 0, 'the host asked for a pause');
  await watchFeeds(db, [busy], { ...ONCE, everyMs: 50 });
  assert.equal(server.log('/busy.xml').length, 1, 'not polled again before Retry-After');

  // A 429 on an article page: the page and the items after it wait, unrecorded, and the feed is read whole next time.
  server.overrides.set('/a/1', { status: 429, headers: { 'retry-after': '1' }, times: 1 });
  const limited = await watchFeeds(db, [server.feedUrl], ONCE);
  assert.equal(limited.articles.new, 0);
  assert.equal(await count(db, 'feed_items', 'feed_url = ?', [server.feedUrl]), 0);
  assert.equal((await feedRow(db, server.feedUrl))?.etag, null, 'validators dropped: items were left');
  assert.deepEqual(server.pageRequests().map((r) => r.path), ['/a/1'], '/a/2 not tried while the host asked for a pause');
  const later = await watchFeeds(db, [server.feedUrl], ONCE);
  assert.equal(later.articles.new, 2);
  assert.equal(server.log('/feed.xml')[1]!.ifNoneMatch, null);
  assert.equal(server.log('/feed.xml')[1]!.status, 200);
});

test('requests to one host keep the minimum interval', async (t) => {
  const server = await FeedServer.start(t, 3);
  const { db } = await record(t);
  await watchFeeds(db, [server.feedUrl], { once: true, hostIntervalMs: 250 });
  const times = server.requests.map((r) => r.at);
  assert.equal(times.length, 4, 'the feed and three pages');
  for (let i = 1; i < times.length; i++) assert.ok(times[i]! - times[i - 1]! >= 240, `request ${i} came ${times[i]! - times[i - 1]!} ms after the one before`);
});

test('a page that fails for a passing reason is tried again at the next poll; a missing one is not', async (t) => {
  const server = await FeedServer.start(t, 3);
  const { db } = await record(t);
  server.overrides.set('/a/2', { status: 502, times: 1 });
  server.overrides.set('/a/3', { status: 404 });
  const events: WatchEvent[] = [];
  const first = await watchFeeds(db, [server.feedUrl], { ...ONCE, onEvent: (e) => events.push(e) });
  assert.equal(first.articles.new, 1);
  assert.equal(first.articles.failed, 2);
  assert.deepEqual(
    events.flatMap((e) => (e.type === 'item-failed' ? [[e.source.replace(server.base, ''), e.willRetry]] : [])),
    [['/a/2', true], ['/a/3', false]],
  );
  assert.equal((await feedRow(db, server.feedUrl))?.etag, null, 'an item to retry: the next poll reads the feed whole');

  const second = await watchFeeds(db, [server.feedUrl], ONCE);
  assert.equal(second.articles.new, 1);
  assert.deepEqual(server.pageRequests().map((r) => r.path), ['/a/1', '/a/2', '/a/3', '/a/2']);
  assert.equal(await count(db, 'feed_items', "status = 'failed'"), 1);
  assert.equal((await feedRow(db, server.feedUrl))?.etag, '"v3"');
  const third = await watchFeeds(db, [server.feedUrl], ONCE);
  assert.equal(third.notModified, 1);
});

test('a bad feed (404, not a feed, unreachable) is one failure; the other feeds go on', async (t) => {
  const server = await FeedServer.start(t, 1);
  const dead = await FeedServer.start(t);
  const unreachable = dead.feedUrl;
  await dead.close();
  server.overrides.set('/page.html', { status: 200, headers: { 'content-type': 'text/html' }, body: '<html><body><p>Not a feed.</p></body></html>' });
  const { db } = await record(t);
  const feeds = [`${server.base}/missing.xml`, `${server.base}/page.html`, unreachable, server.feedUrl];
  const events: WatchEvent[] = [];
  const summary = await watchFeeds(db, feeds, { ...ONCE, onEvent: (e) => events.push(e) });
  assert.equal(summary.feedFailures, 3);
  assert.equal(summary.articles.new, 1);
  const failures = events.flatMap((e) => (e.type === 'feed-failed' ? [`${e.code}: ${e.message}`] : []));
  assert.match(failures[0]!, /ingest\/http-status: HTTP 404/);
  assert.match(failures[1]!, /ingest\/bad-feed: not an RSS or Atom feed/);
  assert.match(failures[2]!, /ingest\/fetch-failed: could not fetch/);
  for (const f of failures) assert.doesNotMatch(f, /\n/);
});

test('a sink other than the store: each new article is handed over once, nothing is stored here', async (t) => {
  const server = await FeedServer.start(t, 2);
  const { db } = await record(t);
  const handed: string[] = [];
  const sink = async (a: { url: string | null; input: { text: string } }) => {
    handed.push(a.url ?? '');
    assert.match(a.input.text, /Northwind Wire/);
    return { ok: true as const, outcome: 'queued' as const, articleId: null };
  };
  const first = await watchFeeds(db, [server.feedUrl], ONCE, sink);
  server.addItem();
  await watchFeeds(db, [server.feedUrl], ONCE, sink);
  assert.equal(first.articles.queued, 2);
  assert.deepEqual(handed.map((u) => u.replace(server.base, '')), ['/a/1', '/a/2', '/a/3']);
  assert.equal(await count(db, 'articles'), 0);
});

test('stopping (the signal) ends the watch after the item in hand; the rest comes at the next run', async (t) => {
  const server = await FeedServer.start(t, 4);
  const { db } = await record(t);
  const stop = new AbortController();
  const summary = await watchFeeds(db, [server.feedUrl], {
    everyMs: 60_000,
    hostIntervalMs: 0,
    signal: stop.signal,
    onEvent: (e) => {
      if (e.type === 'article') stop.abort();
    },
  });
  assert.equal(summary.stopped, 'signal');
  assert.equal(summary.articles.new, 1);
  assert.equal(await count(db, 'articles'), 1);
  assert.equal((await feedRow(db, server.feedUrl))?.etag, null);
  const rest = await watchFeeds(db, [server.feedUrl], ONCE);
  assert.equal(rest.articles.new, 3);
  assert.deepEqual(server.pageRequests().map((r) => r.path), ['/a/1', '/a/2', '/a/3', '/a/4']);
});

test('with the queue (PostgreSQL): new articles are queued, a worker stores each once, a grown feed adds only the new one', { skip: testPostgres() ? false : 'needs PostgreSQL (PARLEY_TEST_POSTGRES)' }, async (t) => {
  const server = await FeedServer.start(t, 2);
  const { db, location } = await record(t);
  const queue = await openArticleQueue(db, location);
  t.after(() => queue.close());
  const first = await watchFeeds(db, [server.feedUrl], ONCE, queueSink(queue));
  assert.equal(first.articles.queued, 2);
  assert.equal(await count(db, 'articles'), 0, 'queued, not yet stored');
  assert.equal((await runWorker(location, { drain: true })).stored, 2);
  server.addItem();
  const grown = await watchFeeds(db, [server.feedUrl], ONCE, queueSink(queue));
  assert.equal(grown.articles.queued, 1);
  assert.equal((await runWorker(location, { drain: true })).stored, 1);
  assert.equal(await count(db, 'articles'), 3);
  assert.deepEqual(server.pageRequests().map((r) => r.path), ['/a/1', '/a/2', '/a/3']);
});
