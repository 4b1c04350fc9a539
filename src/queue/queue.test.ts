/**
 * The queue end to end, with the real commands: `ingest --queue` then `worker` on PostgreSQL give
 * the record one `parley ingest` gives, with 1 and with 4 workers; a worker killed mid-batch loses
 * nothing and stores nothing twice. Needs a PostgreSQL server (PARLEY_TEST_POSTGRES, set by the
 * test script); runs on ../shared/corpus where it is checked out, else on the bundled examples.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../store/index.js';
import { testLocationFor, testPostgres } from '../testing/store.js';
import { sharedDir } from '../testing/gold.js';
import { recordFingerprint, type RecordFingerprint } from './testing.js';

const main = join(process.cwd(), 'dist', 'src', 'cli', 'main.js');
const manifest = join(sharedDir(), 'corpus', 'manifest.jsonl');
const inputs = existsSync(manifest) ? [manifest] : [join(process.cwd(), 'examples')];
const skip = !existsSync(main) ? 'needs the build (npm run build)' : testPostgres() ? false : 'needs PostgreSQL (PARLEY_TEST_POSTGRES)';

function parley(args: string[]) {
  const r = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', timeout: 300_000, env: { ...process.env, PARLEY_DB: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function fingerprint(location: string): Promise<RecordFingerprint> {
  const db = await openStore(location);
  try {
    return await recordFingerprint(db);
  } finally {
    await db.close();
  }
}

/** The record of a plain `parley ingest` into a SQLite file: what the queue must reproduce. */
let reference: Promise<RecordFingerprint> | undefined;
function singleIngest(t: Parameters<typeof testLocationFor>[0]): Promise<RecordFingerprint> {
  reference ??= (async () => {
    const file = join((await testLocationFor(t)).dir, 'single.db');
    const r = parley(['ingest', ...inputs, '--db', file]);
    assert.equal(r.code, 0, r.stderr);
    return fingerprint(file);
  })();
  return reference;
}

function assertSameRecord(actual: RecordFingerprint, expected: RecordFingerprint): void {
  assert.deepEqual(actual.counts, expected.counts);
  assert.deepEqual(actual.entities, expected.entities, 'the same people, places and bodies, merged the same way');
  assert.deepEqual(actual.events, expected.events, 'the same events with the same actors and reports');
  assert.deepEqual(actual.quotes, expected.quotes);
}

for (const workers of [1, 4]) {
  test(`ingest --queue then ${workers} worker(s): the record of a single ingest`, { skip, timeout: 600_000 }, async (t) => {
    const expected = await singleIngest(t);
    const db = (await testLocationFor(t)).location;
    const queued = parley(['ingest', ...inputs, '--queue', '--db', db]);
    assert.equal(queued.code, 0, queued.stderr);
    assert.match(queued.stdout, new RegExp(`queued ${expected.counts['articles']} article`));
    const worked = parley(['worker', '--db', db, '--drain', '--concurrency', String(workers)]);
    assert.equal(worked.code, 0, worked.stderr);
    assertSameRecord(await fingerprint(db), expected);
    // Enqueueing again finds every text in the record: nothing queued, nothing doubled.
    const again = parley(['ingest', ...inputs, '--queue', '--db', db]);
    assert.match(again.stdout, new RegExp(`0 new, ${expected.counts['articles']} known, 0 failed`));
    assertSameRecord(await fingerprint(db), expected);
  });
}

test('a worker killed mid-batch: a rerun completes it, nothing lost or stored twice', { skip, timeout: 600_000 }, async (t) => {
  const expected = await singleIngest(t);
  const db = (await testLocationFor(t)).location;
  // A short job timeout, so the article the killed worker held goes to the next worker soon.
  assert.equal(parley(['ingest', ...inputs, '--queue', '--job-timeout', '2', '--db', db]).code, 0);
  const child = spawn(process.execPath, [main, 'worker', '--db', db, '--drain'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stored = 0;
  child.stderr.on('data', (d: Buffer) => { stored += (d.toString().match(/ stored /g) ?? []).length; });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const enough = Math.min(5, expected.counts['articles']! - 1);
  while (stored < enough && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL', 'killed before it finished');
  const partial = await fingerprint(db);
  assert.ok(partial.counts['articles']! >= enough && partial.counts['articles']! < expected.counts['articles']!, `${partial.counts['articles']} stored when killed`);
  const rerun = parley(['worker', '--db', db, '--drain', '--concurrency', '2']);
  assert.equal(rerun.code, 0, rerun.stderr);
  assertSameRecord(await fingerprint(db), expected);
});

test('--queue and worker on a SQLite record: one line, exit 2', { skip: existsSync(main) ? false : 'needs the build' }, async (t) => {
  const file = join((await testLocationFor(t)).dir, 'r.db');
  for (const args of [['ingest', 'examples', '--queue', '--db', file], ['worker', '--db', file]]) {
    const r = parley(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /needs a PostgreSQL record/);
  }
  // Bad numbers are refused before anything connects (the server here does not exist).
  const nowhere = 'postgres://parley@127.0.0.1:1/none';
  for (const [args, message] of [
    [['worker', '--db', nowhere, '--concurrency', '0'], /--concurrency wants a whole number/],
    [['ingest', 'examples', '--queue', '--job-timeout', 'soon', '--db', nowhere], /--job-timeout wants whole seconds/],
  ] as const) {
    const r = parley([...args]);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message);
  }
  // A server that cannot be reached: one line, exit 1, no stack.
  const down = parley(['worker', '--db', nowhere, '--drain']);
  assert.equal(down.code, 1);
  assert.equal(down.stderr.trim().split('\n').length, 1, down.stderr);
  assert.match(down.stderr, /cannot open the PostgreSQL store postgres:\/\/parley@127\.0\.0\.1:1\/none: .*ECONNREFUSED/);
});
