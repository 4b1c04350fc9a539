import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { encodeSingleByte, failures, inputs, makeTempDir, readAll, RUSSIAN } from './testing.js';

const CRLF = '\r\n';
let recordCounter = 0;

/** One WARC/1.0 record, written by hand the way a crawler lays it out: header block, blank line, block, two CRLFs. */
function warcRecord(type: string, uri: string | null, contentType: string, block: Uint8Array): Buffer {
  recordCounter++;
  const headers = [
    'WARC/1.0',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(recordCounter).padStart(12, '0')}>`,
    'WARC-Date: 2024-06-01T12:00:00Z',
    ...(uri ? [`WARC-Target-URI: ${uri}`] : []),
    `Content-Type: ${contentType}`,
    `Content-Length: ${block.length}`,
  ];
  return Buffer.concat([Buffer.from(headers.join(CRLF) + CRLF + CRLF), block, Buffer.from(CRLF + CRLF)]);
}

function httpResponse(status: string, contentType: string, body: Uint8Array): Uint8Array {
  const head = `HTTP/1.1 ${status}${CRLF}Content-Type: ${contentType}${CRLF}Content-Length: ${body.length}${CRLF}${CRLF}`;
  return Buffer.concat([Buffer.from(head), body]);
}

const response = (uri: string, status: string, contentType: string, body: Uint8Array | string): Buffer =>
  warcRecord('response', uri, 'application/http; msgtype=response', httpResponse(status, contentType, typeof body === 'string' ? Buffer.from(body) : body));

function crawl(): Buffer[] {
  return [
    warcRecord('warcinfo', null, 'application/warc-fields', Buffer.from(`software: parley-test${CRLF}`)),
    warcRecord('request', 'https://news.example/a', 'application/http; msgtype=request', Buffer.from(`GET /a HTTP/1.1${CRLF}Host: news.example${CRLF}${CRLF}`)),
    response('https://news.example/a', '200 OK', 'text/html; charset=utf-8', '<html><body><p>Ceasefire talks resume.</p></body></html>'),
    response('https://news.example/logo.png', '200 OK', 'image/png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47])),
    response('https://news.example/old', '301 Moved Permanently', 'text/html', '<a href="/a">moved</a>'),
    response('https://news.example/ru', '200 OK', 'text/html; charset=windows-1251', encodeSingleByte(`<p>${RUSSIAN}</p>`, 'windows-1251')),
    response('https://news.example/notes.txt', '200 OK', 'text/plain', 'Plain text notes from the talks.'),
  ];
}

test('a plain .warc yields one Input per HTML/text response record, with target URI and record charset', async (t) => {
  const dir = await makeTempDir(t);
  const path = join(dir, 'crawl.warc');
  await writeFile(path, Buffer.concat(crawl()));
  const results = await readAll([path]);
  assert.deepEqual(failures(results), []);
  const got = inputs(results);
  assert.deepEqual(got.map((i) => [i.source, i.url, i.format, i.encoding]), [
    [`${path}#3`, 'https://news.example/a', 'html', 'utf-8'],
    [`${path}#6`, 'https://news.example/ru', 'html', 'windows-1251'],
    [`${path}#7`, 'https://news.example/notes.txt', 'text', 'utf-8'],
  ]);
  assert.equal(got[0]?.text, '<html><body><p>Ceasefire talks resume.</p></body></html>');
  assert.equal(got[1]?.text, `<p>${RUSSIAN}</p>`);
});

test('a .warc.gz of per-record gzip members reads the same, and a gzip WARC under another name is sniffed', async (t) => {
  const dir = await makeTempDir(t);
  const gz = Buffer.concat(crawl().map((record) => gzipSync(record)));
  await writeFile(join(dir, 'crawl.warc.gz'), gz);
  await writeFile(join(dir, 'crawl.bin'), gz);
  const results = await readAll([join(dir, 'crawl.warc.gz'), join(dir, 'crawl.bin')]);
  assert.deepEqual(failures(results), []);
  assert.deepEqual(inputs(results).map((i) => i.url), [
    'https://news.example/a', 'https://news.example/ru', 'https://news.example/notes.txt',
    'https://news.example/a', 'https://news.example/ru', 'https://news.example/notes.txt',
  ]);
});

test('broken WARCs: not a WARC, garbage between records, no article records', async (t) => {
  const dir = await makeTempDir(t);
  await writeFile(join(dir, 'text.warc'), 'this is not a web archive');
  const [first] = crawl();
  await writeFile(join(dir, 'garbage.warc'), Buffer.concat([
    response('https://news.example/ok', '200 OK', 'text/html', '<p>Kept before the damage.</p>'),
    Buffer.from('GARBAGE LINE THAT IS NOT A RECORD\r\n\r\n'),
  ]));
  await writeFile(join(dir, 'info-only.warc'), first ?? Buffer.alloc(0));
  await writeFile(join(dir, 'empty.warc'), '');
  const results = await readAll(['text.warc', 'garbage.warc', 'info-only.warc', 'empty.warc', 'absent.warc'].map((f) => join(dir, f)));
  assert.deepEqual(results.map((r) => (r.ok ? 'ok' : r.error.code)), [
    'ingest/bad-warc', 'ok', 'ingest/bad-warc', 'ingest/empty', 'ingest/empty', 'ingest/not-found',
  ]);
  assert.match(failures(results)[1]?.message ?? '', /record 2/);
});

test('a WARC payload over maxBytes is refused and the next record still read', async (t) => {
  const dir = await makeTempDir(t);
  const path = join(dir, 'big.warc');
  await writeFile(path, Buffer.concat([
    response('https://news.example/big', '200 OK', 'text/html', `<p>${'x'.repeat(5000)}</p>`),
    response('https://news.example/small', '200 OK', 'text/html', '<p>small</p>'),
  ]));
  const results = await readAll([path], { maxBytes: 1000 });
  assert.deepEqual(results.map((r) => (r.ok ? r.value.url : r.error.code)), ['ingest/too-large', 'https://news.example/small']);
});

test('a truncated WARC keeps the records before the damage and reports it once', async (t) => {
  const dir = await makeTempDir(t);
  const records = [
    response('https://news.example/1', '200 OK', 'text/html', '<p>First, intact.</p>'),
    response('https://news.example/2', '200 OK', 'text/html', `<p>${'Second, cut short. '.repeat(40)}</p>`),
  ];
  const plain = Buffer.concat(records);
  const gz = Buffer.concat(records.map((r) => gzipSync(r)));
  await writeFile(join(dir, 'cut.warc'), plain.subarray(0, plain.length - 100));
  await writeFile(join(dir, 'cut.warc.gz'), gz.subarray(0, gz.length - 20));
  for (const name of ['cut.warc', 'cut.warc.gz']) {
    const results = await readAll([join(dir, name)]);
    assert.deepEqual(results.map((r) => (r.ok ? r.value.url : r.error.code)), ['https://news.example/1', 'ingest/bad-warc'], name);
    assert.match(failures(results)[0]?.message ?? '', /record 2/, name);
  }
});
