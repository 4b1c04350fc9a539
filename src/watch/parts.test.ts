import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { makeTempDir } from '../ingest/testing.js';
import { backoffDelay, failureDelay, parseRetryAfter } from './backoff.js';
import { readFeedList } from './feed-list.js';
import { HostLimiter, hostOf } from './host-limiter.js';
import { formatDuration, parseDuration, resolveWatchOptions, watchUserAgent } from './options.js';

test('durations: 30s, 10m, 1h, 250ms, a bare number of seconds; anything else is null', () => {
  assert.equal(parseDuration('30s'), 30_000);
  assert.equal(parseDuration('10m'), 600_000);
  assert.equal(parseDuration('1h'), 3_600_000);
  assert.equal(parseDuration('1.5h'), 5_400_000);
  assert.equal(parseDuration('250ms'), 250);
  assert.equal(parseDuration('45'), 45_000);
  assert.equal(parseDuration('0s'), 0);
  for (const bad of ['', 'soon', '10 minutes', '-5m', '1w', '5 m s']) assert.equal(parseDuration(bad), null, bad);
  assert.equal(formatDuration(600_000), '10m');
  assert.equal(formatDuration(9_000_000), '2h 30m');
  assert.equal(formatDuration(45_000), '45s');
});

test('backoff doubles from the interval, up to the cap; Retry-After wins when it is longer', () => {
  assert.equal(backoffDelay(1, 60_000, 3_600_000), 120_000);
  assert.equal(backoffDelay(2, 60_000, 3_600_000), 240_000);
  assert.equal(backoffDelay(10, 60_000, 3_600_000), 3_600_000);
  assert.equal(backoffDelay(1000, 60_000, 3_600_000), 3_600_000);
  assert.equal(backoffDelay(3, 600_000, 60_000), 600_000, 'never less than the interval itself');
  assert.equal(failureDelay(1, 1_000, 60_000, 30_000, 86_400_000), 30_000);
  assert.equal(failureDelay(1, 1_000, 60_000, 500, 86_400_000), 2_000);
  assert.equal(failureDelay(1, 1_000, 60_000, 10 * 86_400_000, 86_400_000), 86_400_000, 'an absurd Retry-After is capped');
});

test('Retry-After: seconds or an HTTP date', () => {
  const now = Date.parse('2025-03-01T12:00:00Z');
  assert.equal(parseRetryAfter('120', now), 120_000);
  assert.equal(parseRetryAfter('Sat, 01 Mar 2025 12:05:00 GMT', now), 300_000);
  assert.equal(parseRetryAfter('Sat, 01 Mar 2025 11:00:00 GMT', now), 0);
  assert.equal(parseRetryAfter('whenever', now), null);
  assert.equal(parseRetryAfter(null, now), null);
});

test('the host limiter: one request at a time per host, the next an interval after the last ended; hosts apart', async () => {
  const limiter = new HostLimiter(100);
  const t0 = Date.now();
  const log: { host: string; start: number; end: number }[] = [];
  const request = (host: string) => async (): Promise<void> => {
    const start = Date.now() - t0;
    await new Promise((r) => setTimeout(r, 30));
    log.push({ host, start, end: Date.now() - t0 });
  };
  // Three callers at once for host a (they queue), two for host b (which does not wait for a).
  await Promise.all([
    limiter.run('http://a.test/feed', request('a')),
    limiter.run('http://a.test/1', request('a')),
    limiter.run('http://A.test/2', request('a')),
    limiter.run('http://b.test:80/x', request('b')),
    limiter.run('http://b.test/y', request('b')),
  ]);
  for (const host of ['a', 'b']) {
    const mine = log.filter((r) => r.host === host);
    assert.ok(mine[0]!.start < 25, `first request to ${host} at once: ${JSON.stringify(log)}`);
    for (let i = 1; i < mine.length; i++) assert.ok(mine[i]!.start - mine[i - 1]!.end >= 99, JSON.stringify(log));
  }
  assert.equal(log.filter((r) => r.host === 'a').length, 3);

  const stop = new AbortController();
  setTimeout(() => stop.abort(), 20);
  const slow = new HostLimiter(60_000);
  await slow.run('http://c.test/', async () => 1);
  assert.deepEqual(await slow.run('http://c.test/', async () => 2, stop.signal), { ran: false });
  assert.equal(hostOf('https://News.Example:8443/a'), 'news.example:8443');
  limiter.block('http://a.test/x', Date.now() + 1_000);
  assert.ok(limiter.blockedUntil('http://a.test/other') > 0);
  assert.equal(limiter.blockedUntil('http://b.test/'), 0);
});

test('feed lists: URLs and files of URLs, comments and blank lines skipped, each feed once, bad lines named', async (t) => {
  const dir = await makeTempDir(t);
  const list = join(dir, 'feeds.txt');
  await writeFile(list, '# wires\nhttps://wire.example/rss.xml\n\n  https://post.example/feed  # the Post\nftp://old.example/feed\nhttps://wire.example/rss.xml\n');
  const got = await readFeedList(['https://first.example/atom', list, join(dir, 'missing.txt')]);
  assert.deepEqual(got.feeds, ['https://first.example/atom', 'https://wire.example/rss.xml', 'https://post.example/feed']);
  assert.equal(got.errors.length, 2);
  assert.match(got.errors[0]!, /feeds\.txt:5: unsupported URL scheme ftp:/);
  assert.match(got.errors[1]!, /missing\.txt: not a feed URL, and cannot read it as a list of feeds: no such file/);
});

test('options: defaults, a user agent with the version and where to read about it, bad numbers refused', () => {
  const o = resolveWatchOptions();
  assert.equal(o.everyMs, 600_000);
  assert.equal(o.hostIntervalMs, 1_000);
  assert.match(watchUserAgent(), /^parley\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/\S+; feed watcher\)$/);
  assert.equal(o.limits.userAgent, watchUserAgent());
  assert.throws(() => resolveWatchOptions({ everyMs: 0 }), RangeError);
  assert.throws(() => resolveWatchOptions({ hostIntervalMs: -1 }), RangeError);
});
