import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../store/index.js';
import { testLocationFor, testPostgres } from '../../testing/store.js';
import { count, FeedServer } from '../../watch/testing.js';
import { UsageError } from '../io.js';
import { runWatch, type WatchFlags } from './watch.js';

// The compiled CLI, run as a user would. Asynchronously: the feed server lives in this process.
const main = join(process.cwd(), 'dist', 'src', 'cli', 'main.js');
const noCli = existsSync(main) ? false : 'needs the build (npm run build)';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `parley ARGS`; `onStderr` sees each stderr line as it comes (and may signal the child). */
function parley(args: string[], onStderr?: (line: string, child: ReturnType<typeof spawn>) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main, ...args], { env: { ...process.env, PARLEY_DB: '' } });
    let stdout = '', stderr = '', pending = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      pending += d.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) onStderr?.(line, child);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const noStack = (s: string): void => assert.doesNotMatch(s, /^\s+at .+:\d+:\d+\)?$/m, `stack trace in output:\n${s}`);

async function articles(location: string): Promise<number> {
  const db = await openStore(location);
  try {
    return await count(db, 'articles');
  } finally {
    await db.close();
  }
}

test('parley watch URL --once --db ingests the feed\'s articles; a rerun on a list with the grown feed brings only the new one, a bad feed is one line', { skip: noCli, timeout: 90_000 }, async (t) => {
  const server = await FeedServer.start(t, 2);
  const { location, dir } = await testLocationFor(t);
  const first = await parley(['watch', server.feedUrl, '--once', '--host-interval', '0s', '--db', location]);
  assert.equal(first.code, 0, first.stderr);
  noStack(first.stderr);
  assert.match(first.stderr, new RegExp(`parley: new ${server.base}/a/1\\n`));
  assert.match(first.stderr, new RegExp(`parley: new ${server.base}/a/2\\n`));
  assert.match(first.stderr, /feed\.xml: 2 item\(s\), 2 not seen before/);
  assert.match(first.stdout, /watched 1 feed\(s\) in 1 round\(s\): 1 poll\(s\), 0 not modified, 0 failed; articles: 2 new, 0 known, 0 failed/);
  assert.equal(await articles(location), 2);

  // A list file (comments, a blank line) with a feed that is gone: one line for it, the other feed goes on, exit 1.
  const list = join(dir, 'feeds.txt');
  await writeFile(list, `# test wire\n\n${server.base}/gone.xml\n${server.feedUrl}   # the good one\n`);
  server.addItem();
  const grown = await parley(['watch', list, '--once', '--db', location]);
  assert.equal(grown.code, 1, grown.stderr);
  noStack(grown.stderr);
  const failures = grown.stderr.split('\n').filter((l) => l.includes('gone.xml'));
  assert.equal(failures.length, 1, grown.stderr);
  assert.match(failures[0]!, /^http:\/\/127\.0\.0\.1:\d+\/gone\.xml: HTTP 404 Not Found from \S+ \[ingest\/http-status\]; retry in 20m \(1 failure\(s\) in a row\)$/);
  assert.match(grown.stdout, /watched 2 feed\(s\) in 1 round\(s\): 2 poll\(s\), 0 not modified, 1 failed; articles: 1 new, 0 known, 0 failed/);
  assert.deepEqual(server.pageRequests().map((r) => r.path), ['/a/1', '/a/2', '/a/3']);
  assert.equal(await articles(location), 3);
});

test('parley watch: usage mistakes are UsageErrors (one line, exit 2), and nothing is fetched', async (t) => {
  const { location } = await testLocationFor(t);
  const io = { print: () => undefined, error: () => undefined };
  const signal = new AbortController().signal;
  const usage = (inputs: string[], flags: WatchFlags): Promise<number> => runWatch(inputs, { ...flags, db: location }, io, { signal });
  await assert.rejects(usage(['http://127.0.0.1:9/feed.xml'], { every: 'soon' }), (e) => e instanceof UsageError && e.message === '--every wants a duration such as 30s, 10m or 1h, got "soon"');
  await assert.rejects(usage(['http://127.0.0.1:9/feed.xml'], { every: '0s' }), UsageError);
  await assert.rejects(usage(['http://127.0.0.1:9/feed.xml'], { maxRounds: '0' }), (e) => e instanceof UsageError && /^--max-rounds wants a whole number/.test(e.message));
  await assert.rejects(usage(['no-such-list.txt'], {}), (e) => e instanceof UsageError && /^watch: no feed URL to watch/.test(e.message));
  if (!testPostgres()) {
    await assert.rejects(usage(['http://127.0.0.1:9/feed.xml'], { queue: true, once: true }), (e) => e instanceof UsageError && /needs a PostgreSQL record/.test(e.message));
  }
});

test('parley watch: SIGTERM stops it after the article in hand, exit 0; the next run brings the rest', { skip: noCli, timeout: 90_000 }, async (t) => {
  const server = await FeedServer.start(t, 4);
  const { location } = await testLocationFor(t);
  let signalled = false;
  const stopped = await parley(['watch', server.feedUrl, '--every', '1h', '--host-interval', '300ms', '--db', location], (line, child) => {
    if (!signalled && line.startsWith('parley: new ')) {
      signalled = true;
      child.kill('SIGTERM');
    }
  });
  assert.equal(stopped.code, 0, stopped.stderr);
  noStack(stopped.stderr);
  assert.match(stopped.stderr, /parley: SIGTERM: stopping after the current item/);
  const stored = await articles(location);
  assert.ok(stored >= 1 && stored < 4, `${stored} stored before the stop`);
  assert.match(stopped.stdout, new RegExp(`articles: ${stored} new`));

  const rest = await parley(['watch', server.feedUrl, '--once', '--host-interval', '0s', '--db', location]);
  assert.equal(rest.code, 0, rest.stderr);
  assert.equal(await articles(location), 4);
  assert.deepEqual(server.pageRequests().map((r) => r.path), ['/a/1', '/a/2', '/a/3', '/a/4'], 'each page fetched once');
});
