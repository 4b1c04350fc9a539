import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, open, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { DEFAULTS } from './options.js';
import { readStdin } from './read-stdin.js';
import { encodeSingleByte, encodeUtf16, failures, FRENCH, inputs, makeTempDir, readAll, RUSSIAN } from './testing.js';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

test('html, txt, md and sniffed extensions get their format, url null and empty hints', async (t) => {
  const dir = await makeTempDir(t);
  await writeFile(join(dir, 'a.html'), '<html><body><p>Talks resumed.</p></body></html>');
  await writeFile(join(dir, 'b.txt'), 'Talks resumed in Geneva.\n');
  await writeFile(join(dir, 'c.md'), '# Talks\n\nResumed in *Geneva*.\n');
  await writeFile(join(dir, 'd.page'), '<!DOCTYPE html><title>x</title><p>Sniffed as HTML.</p>');
  await writeFile(join(dir, 'e'), 'No extension, plain words.');
  const results = await readAll(['a.html', 'b.txt', 'c.md', 'd.page', 'e'].map((f) => join(dir, f)));
  assert.deepEqual(failures(results), []);
  assert.deepEqual(inputs(results).map((i) => i.format), ['html', 'text', 'markdown', 'html', 'text']);
  const first = inputs(results)[0];
  assert.equal(first?.source, join(dir, 'a.html'));
  assert.equal(first?.url, null);
  assert.deepEqual(first?.hints, {});
  assert.equal(first?.encoding, 'utf-8');
});

test('legacy charsets in files: windows-1251 and latin-1 with meta, UTF-16 with BOM', async (t) => {
  const dir = await makeTempDir(t);
  await writeFile(join(dir, 'ru.html'), encodeSingleByte(`<html><head><meta charset="windows-1251"></head><body><p>${RUSSIAN}</p></body></html>`, 'windows-1251'));
  await writeFile(join(dir, 'fr.html'), encodeSingleByte(`<html><head><meta http-equiv="content-type" content="text/html; charset=ISO-8859-1"></head><body><p>${FRENCH}</p></body></html>`, 'iso-8859-1'));
  await writeFile(join(dir, 'u16.txt'), encodeUtf16(`${FRENCH}\n${RUSSIAN}\n`, 'le'));
  const [ru, fr, u16] = inputs(await readAll(['ru.html', 'fr.html', 'u16.txt'].map((f) => join(dir, f))));
  assert.equal(ru?.encoding, 'windows-1251');
  assert.ok(ru?.text.includes(RUSSIAN));
  assert.equal(fr?.encoding, 'windows-1252');
  assert.ok(fr?.text.includes(FRENCH));
  assert.equal(u16?.encoding, 'utf-16le');
  assert.equal(u16?.text, `${FRENCH}\n${RUSSIAN}\n`);
});

test('bad files: missing, empty, whitespace, PNG, gzip, NUL bytes, each one failure with its code', async (t) => {
  const dir = await makeTempDir(t);
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'blank.html'), ' \n\t \r\n');
  await writeFile(join(dir, 'image.png'), PNG);
  await writeFile(join(dir, 'data.gz'), gzipSync('not a warc at all'));
  await writeFile(join(dir, 'nul.html'), Buffer.from('<p>a\u0000b</p>'));
  const specs = ['missing.html', 'empty.txt', 'blank.html', 'image.png', 'data.gz', 'nul.html'].map((f) => join(dir, f));
  const results = await readAll(specs);
  assert.deepEqual(failures(results).map((f) => [f.code, f.source]), [
    ['ingest/not-found', specs[0]],
    ['ingest/empty', specs[1]],
    ['ingest/empty', specs[2]],
    ['ingest/binary', specs[3]],
    ['ingest/binary', specs[4]],
    ['ingest/binary', specs[5]],
  ]);
  for (const f of failures(results)) assert.doesNotMatch(f.message, /\n/);
  assert.match(failures(results)[3]?.message ?? '', /PNG/);
});

test('a 50 MB file is refused from its size alone, fast', async (t) => {
  const dir = await makeTempDir(t);
  const big = join(dir, 'big.html');
  await (await open(big, 'w')).close();
  await truncate(big, 50 * 1024 * 1024); // sparse: the size is real, no 50 MB is written or read
  const start = performance.now();
  const results = await readAll([big]);
  const elapsed = performance.now() - start;
  assert.equal(failures(results)[0]?.code, 'ingest/too-large');
  assert.match(failures(results)[0]?.message ?? '', /50\.0 MB.*10\.0 MB/);
  assert.ok(elapsed < 250, `took ${elapsed} ms`);
  // The cap is an option: a small maxBytes refuses a small file too.
  await writeFile(join(dir, 'small.txt'), 'x'.repeat(2000));
  assert.equal(failures(await readAll([join(dir, 'small.txt')], { maxBytes: 1000 }))[0]?.code, 'ingest/too-large');
});

test('broken HTML is still read as it is', async (t) => {
  const dir = await makeTempDir(t);
  const broken = '<html><body><div><p>Unclosed paragraph <b>bold <i>both</div></span><p>Next';
  await writeFile(join(dir, 'broken.htm'), broken);
  const [input] = inputs(await readAll([join(dir, 'broken.htm')]));
  assert.equal(input?.text, broken);
  assert.equal(input?.format, 'html');
});

test('a manifest expands to its files with url and hints; a bad line is one failure naming the line', async (t) => {
  const dir = await makeTempDir(t);
  await mkdir(join(dir, 'articles'));
  await writeFile(join(dir, 'articles', 'one.html'), '<p>One.</p>');
  await writeFile(join(dir, 'articles', 'two.txt'), 'Two.');
  const lines = [
    JSON.stringify({ file: 'articles/one.html', url: 'https://example.org/one', outlet: 'Example', title: 'One', published: '2024-05-01' }),
    '{"file": "articles/two.txt", broken',
    '',
    JSON.stringify({ file: 'articles/two.txt', url: null, outlet: 'Example', title: 'Two', published: null }),
    JSON.stringify({ file: 'articles/gone.txt' }),
    JSON.stringify({ url: 'https://example.org/no-file' }),
  ];
  const manifest = join(dir, 'list.jsonl');
  await writeFile(manifest, lines.join('\n'));
  const results = await readAll([manifest]);
  assert.equal(results.length, 5);
  const [one, two] = inputs(results);
  assert.equal(one?.source, join(dir, 'articles', 'one.html'));
  assert.equal(one?.url, 'https://example.org/one');
  assert.deepEqual(one?.hints, { title: 'One', outlet: 'Example', published: '2024-05-01' });
  assert.equal(two?.format, 'text');
  assert.deepEqual(two?.hints, { title: 'Two', outlet: 'Example', published: null });
  const bad = failures(results);
  assert.deepEqual(bad.map((f) => f.code), ['ingest/bad-manifest', 'ingest/not-found', 'ingest/bad-manifest']);
  assert.match(bad[0]?.message ?? '', /line 2/);
  assert.match(bad[2]?.message ?? '', /line 6.*file/);
  // Order follows the manifest: one, bad line 2, two, missing, bad line 6.
  assert.deepEqual(results.map((r) => r.ok), [true, false, true, false, false]);
});

test('a JSON file that is not a manifest is unsupported', async (t) => {
  const dir = await makeTempDir(t);
  await writeFile(join(dir, 'data.json'), '{"rows": [1, 2, 3]}');
  assert.equal(failures(await readAll([join(dir, 'data.json')]))[0]?.code, 'ingest/unsupported');
});

test('a directory yields good files sorted and recursively, one failure per bad file, manifest files once', async (t) => {
  const dir = await makeTempDir(t);
  await mkdir(join(dir, 'sub'));
  await mkdir(join(dir, 'node_modules'));
  await mkdir(join(dir, 'listed'));
  await writeFile(join(dir, 'b.html'), '<p>B</p>');
  await writeFile(join(dir, 'a.txt'), 'A');
  await writeFile(join(dir, 'sub', 'c.md'), '# C');
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'binary.html'), PNG);
  await writeFile(join(dir, 'broken.xml'), '<?xml version="1.0"?><notes><note>not a feed</note></notes>');
  await writeFile(join(dir, '.hidden.txt'), 'hidden');
  await writeFile(join(dir, 'node_modules', 'dep.txt'), 'dependency');
  await writeFile(join(dir, 'picture.png'), PNG); // unknown to a directory walk: not an article kind
  await writeFile(join(dir, 'README.md'), '# About this folder');
  await writeFile(join(dir, 'listed', 'x.txt'), 'X');
  await writeFile(join(dir, 'listed', 'y.txt'), 'Y');
  await writeFile(join(dir, 'listed', 'manifest.jsonl'), `{"file":"y.txt","title":"Y"}\n{"file":"x.txt","title":"X"}\n`);
  const results = await readAll([dir]);
  assert.deepEqual(
    results.map((r) => (r.ok ? `ok ${r.value.source.slice(dir.length + 1)}` : `${r.error.code} ${r.error.source?.slice(dir.length + 1)}`)),
    [
      'ok a.txt',
      'ok b.html',
      'ingest/binary binary.html',
      'ingest/bad-feed broken.xml',
      'ingest/empty empty.txt',
      'ok listed/y.txt',
      'ok listed/x.txt',
      'ok sub/c.md',
    ],
  );
  assert.equal(inputs(results).find((i) => i.text === 'X')?.hints.title, 'X');
});

test('a missing directory entry and an empty directory', async (t) => {
  const dir = await makeTempDir(t);
  await mkdir(join(dir, 'nothing'));
  const results = await readAll([join(dir, 'nothing'), join(dir, 'absent')]);
  assert.deepEqual(failures(results).map((f) => f.code), ['ingest/empty', 'ingest/not-found']);
});

test('stdin: HTML and text are told apart; oversize is refused', async () => {
  const html = await readStdin(DEFAULTS, Readable.from([Buffer.from('<html><body><p>Piped')]));
  assert.ok(html.ok);
  assert.equal(html.ok && html.value.format, 'html');
  assert.equal(html.ok && html.value.source, '-');
  const text = await readStdin(DEFAULTS, Readable.from([Buffer.from('Just words.\n')]));
  assert.equal(text.ok && text.value.format, 'text');
  const big = await readStdin({ ...DEFAULTS, maxBytes: 10 }, Readable.from([Buffer.from('0123456789'), Buffer.from('abc')]));
  assert.equal(!big.ok && big.error.code, 'ingest/too-large');
  const empty = await readStdin(DEFAULTS, Readable.from([]));
  assert.equal(!empty.ok && empty.error.code, 'ingest/empty');
});

test('"-" reads the real standard input of a process', async () => {
  // The module beside this test: index.ts under tsx, the compiled index.js under dist (tsx maps .js to .ts).
  const script = `import { readInputs } from ${JSON.stringify(new URL('./index.js', import.meta.url).href)};
for await (const r of readInputs(['-'])) console.log(JSON.stringify(r));`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd() });
  child.stdin.end(encodeSingleByte(`<html><meta charset="windows-1251"><p>${RUSSIAN}</p></html>`, 'windows-1251'));
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0);
  const result = JSON.parse(out.trim()) as { ok: boolean; value: { source: string; format: string; encoding: string; text: string } };
  assert.equal(result.ok, true);
  assert.equal(result.value.source, '-');
  assert.equal(result.value.format, 'html');
  assert.equal(result.value.encoding, 'windows-1251');
  assert.ok(result.value.text.includes(RUSSIAN));
});
