import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('./main.js', import.meta.url));
const shared = join(process.cwd(), '..', 'shared');
const hasShared = existsSync(join(shared, 'corpus', 'manifest.jsonl'));

function parley(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const noStack = (s: string): void => assert.doesNotMatch(s, /^\s+at .+:\d+:\d+\)?$/m, `stack trace in output:\n${s}`);

const ARTICLE = `<html><head><title>Envoys meet in Geneva | Test Wire</title></head><body><article>
<h1>Envoys meet in Geneva</h1>
<p>Envoys from both sides met in Geneva on Tuesday for a third round of talks on a ceasefire, the mediators said in a short statement after the session ended.</p>
<p>The talks are expected to resume next week, according to two officials who spoke on condition of anonymity because they were not allowed to brief reporters.</p>
</article></body></html>`;

test('extract --json prints format parley.extraction/1 with the body, the given date, entities and times', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
  const file = join(dir, 'geneva.html');
  writeFileSync(file, ARTICLE);
  const r = parley(['extract', file, '--json', '--published', '2025-05-16']);
  assert.equal(r.code, 0, r.stderr);
  const x = JSON.parse(r.stdout);
  assert.equal(x.format, 'parley.extraction/1');
  assert.match(x.doc.text, /third round of talks/);
  assert.equal(x.doc.published, '2025-05-16');
  assert.equal(x.doc.publishedFrom, 'given');
  assert.match(x.doc.id, /^sha256:[0-9a-f]{64}$/);
  for (const k of ['entities', 'times', 'quotes', 'events']) assert.ok(Array.isArray(x[k]), k);
  assert.ok(x.entities.some((e: { name: string; type: string }) => e.name === 'Geneva' && e.type === 'location'));
  assert.ok(x.times.some((t: { text: string; value: string }) => /Tuesday/.test(t.text) && t.value === '2025-05-13'));
  for (const p of x.doc.paragraphs) assert.ok(x.doc.text.slice(p.start, p.end).trim().length > 0);
});

test('extract reads stdin with -', () => {
  const r = parley(['extract', '-', '--json'], ARTICLE);
  assert.equal(r.code, 0, r.stderr);
  assert.match(JSON.parse(r.stdout).doc.text, /Envoys from both sides/);
});

test('extract --out writes one JSON per input named after the input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
  writeFileSync(join(dir, 'a.html'), ARTICLE);
  writeFileSync(join(dir, 'b.txt'), 'Talks resume in Geneva\n\nEnvoys from both sides met in Geneva on Tuesday for a third round of talks on a ceasefire, officials said.\n');
  const out = join(dir, 'out');
  const r = parley(['extract', join(dir, 'a.html'), join(dir, 'b.txt'), '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(readdirSync(out).sort(), ['a.json', 'b.json']);
  assert.equal(JSON.parse(readFileSync(join(out, 'b.json'), 'utf8')).format, 'parley.extraction/1');
});

test('bad inputs: one line each naming the input, the good one still comes out, exit code 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bad-'));
  writeFileSync(join(dir, 'good.html'), ARTICLE);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 4]));
  writeFileSync(join(dir, 'broken.html'), '<html><body><div><p>Envoys met in Vienna on Monday and agreed to hold another round of talks on prisoner releases next month, the host government said.<div><span>');
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), 50 * 1024 * 1024);
  const out = join(dir, 'out');
  const r = parley(['extract', dir, join(dir, 'missing.html'), 'http://127.0.0.1:1/article', '--out', out]);
  noStack(r.stderr);
  assert.equal(r.code, 1);
  const errors = r.stderr.split('\n').filter((l) => /\[[a-z]+\/[a-z-]+\]$/.test(l));
  for (const name of ['empty.txt', 'binary.html', 'huge.txt', 'missing.html', '127.0.0.1:1']) {
    assert.equal(errors.filter((l) => l.includes(name)).length, 1, `one error line for ${name}:\n${r.stderr}`);
  }
  assert.deepEqual(readdirSync(out).sort(), ['broken.json', 'good.json']);
});

test('usage errors exit 2 with one line', () => {
  const r = parley(['extract', 'x.html', '--published', 'not-a-date']);
  assert.equal(r.code, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  noStack(r.stderr);
});

test('demo runs on the bundled examples', () => {
  const r = parley(['demo', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(docs.length >= 3);
  for (const d of docs) assert.ok(d.doc.text.length > 500, d.doc.source);
});

test('the seeds extract with their titles', { skip: hasShared ? false : 'needs ../shared' }, () => {
  const r = parley(['extract', join(shared, 'seeds', '003_e0c38fa048025c1b.txt'), '--json', '--published', '2025-05-16']);
  assert.equal(r.code, 0, r.stderr);
  const x = JSON.parse(r.stdout);
  assert.equal(x.doc.title, 'Rubio Arrives in Istanbul Ahead of Ukraine Peace Negotiations');
});

test('a reader that closes the pipe early (| head) ends the command quietly: no EPIPE stack', async () => {
  const child = spawn(process.execPath, [main, 'extract', join(process.cwd(), 'examples'), '--json']);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|^\s+at /m);
});
