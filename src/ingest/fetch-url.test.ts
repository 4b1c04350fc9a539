import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { encodeSingleByte, failures, FRENCH, inputs, readAll, RUSSIAN } from './testing.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const LONG = `<p>${'The delegations met for six hours and agreed on a prisoner exchange. '.repeat(10)}</p>`;
let base = '';

const html = (body: string, type = 'text/html; charset=utf-8'): Handler => (_req, res) => {
  res.writeHead(200, { 'content-type': type });
  res.end(body);
};

const routes: Record<string, Handler> = {
  '/page': html('<html><head><title>Page</title></head><body><p>Talks resumed.</p></body></html>'),
  '/ua': (req, res) => html(`<p>${req.headers['user-agent'] ?? ''}</p>`)(req, res),
  '/plain': html('Plain text from the server.', 'text/plain'),
  '/ru': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
    res.end(encodeSingleByte(`<html><body><p>${RUSSIAN}</p></body></html>`, 'windows-1251'));
  },
  '/fr-meta': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(encodeSingleByte(`<html><head><meta charset="iso-8859-1"></head><body><p>${FRENCH}</p></body></html>`, 'iso-8859-1'));
  },
  '/missing': (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Not Found</h1>');
  },
  '/slow': (_req, res) => {
    setTimeout(() => html('<p>too late</p>')(_req, res), 2000).unref();
  },
  '/slow-body': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<p>first bytes, then nothing');
  },
  '/big': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(3 * 1024 * 1024) });
    res.end(Buffer.alloc(3 * 1024 * 1024, 0x61));
  },
  '/big-chunked': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }); // no Content-Length: only the streaming cap can stop it
    for (let i = 0; i < 30; i++) res.write(Buffer.alloc(100 * 1024, 0x62));
    res.end();
  },
  '/image': (_req, res) => {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  },
  '/rss': html(`<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Wire</title><link>https://wire.example/</link>
<item><title>Full story one</title><link>https://wire.example/1</link><pubDate>Tue, 04 Jun 2024 10:00:00 GMT</pubDate><content:encoded><![CDATA[${LONG}]]></content:encoded></item>
<item><title>Full story two</title><link>https://wire.example/2</link><pubDate>Wed, 05 Jun 2024 10:00:00 GMT</pubDate><content:encoded><![CDATA[<h2>Two</h2>${LONG}]]></content:encoded></item>
</channel></rss>`, 'application/rss+xml'),
  '/atom': (req, res) => html(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<entry><title>Linked one</title><link href="/articles/1"/><published>2024-06-06T08:00:00Z</published><summary>Short.</summary></entry>
<entry><title>Linked two</title><link href="${base}/articles/2"/><updated>2024-06-07T08:00:00Z</updated><content type="html">&lt;p&gt;Teaser only.&lt;/p&gt;</content></entry>
<entry><title>Dead link</title><link href="/missing"/></entry>
</feed>`, 'text/xml')(req, res),
  '/articles/1': html('<html><body><article><p>Article one in full.</p></article></body></html>'),
  '/articles/2': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
    res.end(encodeSingleByte(`<p>${RUSSIAN}</p>`, 'windows-1251'));
  },
  '/bad-feed': html('<?xml version="1.0"?><catalog><book>not a feed</book></catalog>', 'application/rss+xml'),
};

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const hop = /^\/hop\/(\d+)$/.exec(path);
  if (hop) {
    // /hop/N redirects to /hop/N-1 ... /hop/0 redirects to /page: N+1 redirects in all.
    const n = Number(hop[1]);
    res.writeHead(n % 2 ? 301 : 302, { location: n === 0 ? '/page' : `/hop/${n - 1}` });
    res.end();
    return;
  }
  const handler = routes[path];
  if (handler) handler(req, res);
  else routes['/missing']?.(req, res);
});

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

test('a page: source as given, format from Content-Type, polite User-Agent', async () => {
  const results = await readAll([`${base}/page`, `${base}/plain`, `${base}/ua`]);
  const [page, plain, ua] = inputs(results);
  assert.equal(page?.source, `${base}/page`);
  assert.equal(page?.url, `${base}/page`);
  assert.equal(page?.format, 'html');
  assert.match(page?.text ?? '', /Talks resumed/);
  assert.equal(plain?.format, 'text');
  assert.match(ua?.text ?? '', /^<p>parley\/0\.1 \(\+https?:\/\/[^)]+\)/);
});

test('charset from the HTTP header, and from <meta> when the header has none', async () => {
  const [ru, fr] = inputs(await readAll([`${base}/ru`, `${base}/fr-meta`]));
  assert.equal(ru?.encoding, 'windows-1251');
  assert.ok(ru?.text.includes(RUSSIAN));
  assert.equal(fr?.encoding, 'windows-1252');
  assert.ok(fr?.text.includes(FRENCH));
});

test('redirects: a chain of 5 is followed to its final URL; 6 is too many', async () => {
  const [ok] = await readAll([`${base}/hop/4`]);
  assert.ok(ok?.ok);
  assert.equal(ok.value.source, `${base}/hop/4`);
  assert.equal(ok.value.url, `${base}/page`);
  const [tooMany] = failures(await readAll([`${base}/hop/5`]));
  assert.equal(tooMany?.code, 'ingest/fetch-failed');
  assert.match(tooMany?.message ?? '', /more than 5 redirects/);
});

/** A port that was just free: listen on 0, note the port, close. Connecting to it is refused. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test('HTTP errors, timeouts, refused connections and bad URLs are one-line failures', async () => {
  const refused = `http://127.0.0.1:${await closedPort()}/`;
  const started = performance.now();
  const results = await readAll(
    [`${base}/missing`, `${base}/slow`, `${base}/slow-body`, refused, 'http://127.0.0.1:1/', 'http://', 'ftp://example.org/file', `${base}/image`],
    { timeoutMs: 300 },
  );
  assert.ok(performance.now() - started < 1500, 'timeouts must not wait for the slow server');
  const bad = failures(results);
  assert.deepEqual(bad.map((f) => f.code), [
    'ingest/http-status', 'ingest/timeout', 'ingest/timeout', 'ingest/fetch-failed', 'ingest/fetch-failed', 'ingest/bad-url', 'ingest/bad-url', 'ingest/binary',
  ]);
  assert.match(bad[0]?.message ?? '', /HTTP 404/);
  assert.match(bad[1]?.message ?? '', /300 ms/);
  assert.match(bad[3]?.message ?? '', /ECONNREFUSED/);
  for (const f of bad) assert.doesNotMatch(f.message, /\n/);
});

test('bodies over maxBytes are refused, by Content-Length or while streaming', async () => {
  const results = await readAll([`${base}/big`, `${base}/big-chunked`, `${base}/page`], { maxBytes: 1024 * 1024 });
  assert.deepEqual(results.map((r) => (r.ok ? 'ok' : r.error.code)), ['ingest/too-large', 'ingest/too-large', 'ok']);
});

test('an RSS feed with full content yields its items from the feed, with hints', async () => {
  const results = await readAll([`${base}/rss`]);
  assert.deepEqual(failures(results), []);
  const items = inputs(results);
  assert.equal(items.length, 2);
  assert.equal(items[0]?.source, `${base}/rss#1`);
  assert.equal(items[0]?.url, 'https://wire.example/1');
  assert.equal(items[0]?.text, LONG);
  assert.equal(items[0]?.format, 'html');
  assert.deepEqual(items[0]?.hints, { title: 'Full story one', outlet: 'Example Wire', published: '2024-06-04T10:00:00.000Z' });
  assert.equal(items[1]?.hints.title, 'Full story two');
});

test('an Atom feed of links fetches each page (relative links resolved), sniffed though served as text/xml', async () => {
  const results = await readAll([`${base}/atom`]);
  assert.deepEqual(results.map((r) => (r.ok ? r.value.url : r.error.code)), [`${base}/articles/1`, `${base}/articles/2`, 'ingest/http-status']);
  const [one, two] = inputs(results);
  assert.equal(one?.source, `${base}/articles/1`);
  assert.match(one?.text ?? '', /Article one in full/);
  assert.deepEqual(one?.hints, { title: 'Linked one', outlet: 'Example Atom', published: '2024-06-06T08:00:00.000Z' });
  assert.equal(two?.encoding, 'windows-1251');
  assert.ok(two?.text.includes(RUSSIAN));
  assert.equal(two?.hints.published, '2024-06-07T08:00:00.000Z');
});

test('a feed file on disk with links reads pages over HTTP; a broken feed is ingest/bad-feed', async (t) => {
  const { makeTempDir } = await import('./testing.js');
  const { writeFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const dir = await makeTempDir(t);
  await writeFile(join(dir, 'wire.rss'), `<rss version="2.0"><channel><title>Disk Wire</title>
<item><title>Local</title><link>${base}/articles/1</link><description>Short teaser.</description></item></channel></rss>`);
  await writeFile(join(dir, 'broken.atom'), '<feed><entry><title>cut off');
  const results = await readAll([join(dir, 'wire.rss'), `${base}/bad-feed`]);
  assert.deepEqual(results.map((r) => (r.ok ? r.value.url : r.error.code)), [`${base}/articles/1`, 'ingest/bad-feed']);
  assert.equal(inputs(results)[0]?.hints.outlet, 'Disk Wire');
});
