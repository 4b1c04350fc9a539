import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../resolve/testing.js';

// The compiled CLI (npm test builds it first); these tests run the real command as a user would.
const main = join(process.cwd(), 'dist', 'src', 'cli', 'main.js');
const shared = process.env['PARLEY_SHARED'] ?? join(process.cwd(), '..', 'shared');
const manifest = join(shared, 'corpus', 'manifest.jsonl');
const noCli = existsSync(main) ? false : 'needs the build (npm run build)';
const noCorpus = noCli || (existsSync(manifest) ? false : 'needs ../shared/corpus');

function parley(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without blocking: two runs can go side by side. */
function parleyAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main, ...args]);
    let stdout = '', stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const noStack = (s: string): void => assert.doesNotMatch(s, /^\s+at .+:\d+:\d+\)?$/m, `stack trace in output:\n${s}`);

const TABLES = ['articles', 'article_sources', 'entities', 'entity_names', 'entity_mentions', 'entity_roles', 'entity_affiliations', 'quotes', 'events', 'event_actors', 'event_reports'];

function counts(path: string): Record<string, number> {
  const db = new Database(path, { readonly: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

function articleCount(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not migrated yet
  }
}

test('kill -9 in the middle of an ingest, then a rerun: the same record as a clean run, integrity ok', { skip: noCorpus, timeout: 120_000 }, async (t) => {
  const dir = await tempDir(t);
  const clean = join(dir, 'clean.db');
  const crashed = join(dir, 'crashed.db');

  const child = spawn(process.execPath, [main, 'ingest', manifest, '--db', crashed], { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  while (articleCount(crashed) < 5 && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL', 'killed before it finished');
  const stored = articleCount(crashed);
  assert.ok(stored >= 5 && stored < 120, `${stored} articles stored when killed`);
  const check = new Database(crashed);
  assert.equal((check.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check, 'ok');
  check.close();

  const [rerun, first] = await Promise.all([
    parleyAsync(['ingest', manifest, '--db', crashed]),
    parleyAsync(['ingest', '--manifest', manifest, '--db', clean]),
  ]);
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.match(rerun.stdout, new RegExp(`${120 - stored} new, ${stored} known, 0 failed`));
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /120 new, 0 known, 0 failed/);
  assert.deepEqual(counts(crashed), counts(clean));

  const again = parley(['ingest', manifest, '--db', clean]);
  assert.match(again.stdout, /0 new, 120 known, 0 failed/);
  assert.deepEqual(counts(clean), counts(crashed));

  const stats = parley(['stats', '--db', clean, '--json']);
  assert.equal(stats.code, 0, stats.stderr);
  const s = JSON.parse(stats.stdout) as { articles: number; events: number; eventReports: number; fusedEvents: number };
  assert.equal(s.articles, 120);
  assert.ok(s.fusedEvents > 0 && s.events < s.eventReports, 'some events are told by several articles');
});

test('one bad input is one line on stderr and exit 1; the rest is stored; a missing --db folder is created', { skip: noCli }, async (t) => {
  const dir = await tempDir(t);
  const articles = join(dir, 'in');
  mkdirSync(articles);
  writeFileSync(join(articles, 'good.txt'), 'Russia and Ukraine held direct peace talks in Istanbul on Friday, Turkish Foreign Minister Hakan Fidan said.\n\nThe two sides agreed to exchange prisoners.');
  writeFileSync(join(articles, 'empty.txt'), '');
  const db = join(dir, 'new', 'folder', 'record.db');
  const r = parley(['ingest', articles], { PARLEY_DB: db });
  assert.equal(r.code, 1);
  noStack(r.stderr);
  const failures = r.stderr.split('\n').filter((l) => /\[[a-z]+\/[a-z-]+\]$/.test(l));
  assert.equal(failures.length, 1, r.stderr);
  assert.match(failures[0]!, /empty\.txt: .+ \[ingest\/empty\]$/);
  assert.match(r.stdout, /1 new, 0 known, 1 failed/);
  assert.equal(articleCount(db), 1);
});

test('a --db that is not a SQLite database: one line, exit 1, no stack', { skip: noCli }, async (t) => {
  const dir = await tempDir(t);
  const notDb = join(dir, 'notes.txt');
  writeFileSync(notDb, 'these are not the tables you are looking for\n'.repeat(50));
  for (const args of [['ingest', notDb, '--db', notDb], ['stats', '--db', notDb]]) {
    const r = parley(args);
    assert.equal(r.code, 1, args.join(' '));
    noStack(r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /not a parley database.*\[store\/not-a-database\]/);
  }
});
