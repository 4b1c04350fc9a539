import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charsetFromContentType, decodeBytes, normalizeLabel } from './decode.js';
import { DEFAULTS } from './options.js';
import { binaryReason, feedKind, sniffFormat } from './sniff.js';
import { encodeSingleByte, encodeUtf16, FRENCH, RUSSIAN } from './testing.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (bytes: Uint8Array, header: string | null = null) => {
  const r = decodeBytes(bytes, 'test', DEFAULTS, header);
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.value;
};

test('windows-1251 from <meta charset>', () => {
  const html = `<html><head><meta charset="windows-1251"><title>t</title></head><body><p>${RUSSIAN}</p></body></html>`;
  const d = decode(encodeSingleByte(html, 'windows-1251'));
  assert.equal(d.encoding, 'windows-1251');
  assert.match(d.text, /Переговоры о прекращении огня/);
});

test('latin-1 from <meta http-equiv content-type>', () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>${FRENCH}</body></html>`;
  const d = decode(encodeSingleByte(html, 'iso-8859-1'));
  assert.equal(d.encoding, 'windows-1252'); // WHATWG decodes the iso-8859-1 label as its superset
  assert.match(d.text, /négociations ont repris à Genève/);
});

test('HTTP header charset outranks the page and needs no meta', () => {
  const d = decode(encodeSingleByte(`<p>${RUSSIAN}</p>`, 'windows-1251'), 'windows-1251');
  assert.equal(d.encoding, 'windows-1251');
  assert.match(d.text, /Министр иностранных дел/);
});

test('a wrong header charset is overruled by detection when it yields mostly invalid characters', () => {
  const d = decode(encodeSingleByte(`<p>${RUSSIAN}</p>`, 'windows-1251'), 'utf-8');
  assert.equal(d.encoding, 'windows-1251');
  assert.match(d.text, /Женеве/);
});

test('unknown charset label falls back to detection', () => {
  const html = `<meta charset="x-klingon"><p>${RUSSIAN} ${RUSSIAN}</p>`;
  const d = decode(encodeSingleByte(html, 'windows-1251'));
  assert.equal(d.encoding, 'windows-1251');
  assert.match(d.text, /соглашению/);
});

test('undeclared latin-1 and windows-1251 are detected', () => {
  assert.match(decode(encodeSingleByte(FRENCH, 'iso-8859-1')).text, /étrangères/);
  assert.match(decode(encodeSingleByte(RUSSIAN, 'windows-1251')).text, /пленными/);
});

test('XML declaration encoding', () => {
  const xml = `<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>${RUSSIAN}</title></channel></rss>`;
  assert.equal(decode(encodeSingleByte(xml, 'windows-1251')).encoding, 'windows-1251');
});

test('UTF-16 LE and BE with BOM; BOM beats a contrary meta; UTF-8 BOM is stripped', () => {
  const html = `<meta charset="windows-1251"><p>${RUSSIAN}</p>`;
  for (const endian of ['le', 'be'] as const) {
    const d = decode(encodeUtf16(html, endian));
    assert.equal(d.encoding, `utf-16${endian}`);
    assert.ok(d.text.startsWith('<meta'));
  }
  const d = decode(utf8(`\uFEFF${FRENCH}`));
  assert.equal(d.encoding, 'utf-8');
  assert.ok(d.text.startsWith('Les'));
});

test('undecodable bytes are ingest/bad-encoding', () => {
  // A UTF-8 BOM is conclusive, so bytes after it that are not UTF-8 cannot be rescued by guessing.
  const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...Array.from({ length: 200 }, (_, i) => 0x80 + (i % 64))]);
  const r = decodeBytes(bytes, 'x.html', DEFAULTS);
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.error.code, 'ingest/bad-encoding');
});

test('labels and Content-Type parameters', () => {
  assert.equal(normalizeLabel('latin1'), 'windows-1252');
  assert.equal(normalizeLabel('"UTF-8"'), 'utf-8');
  assert.equal(normalizeLabel('US-ASCII'), 'utf-8');
  assert.equal(normalizeLabel('nonsense'), null);
  assert.equal(charsetFromContentType('text/html; charset="windows-1251"'), 'windows-1251');
  assert.equal(charsetFromContentType('text/html;charset=UTF-8; foo=bar'), 'UTF-8');
  assert.equal(charsetFromContentType('text/html'), null);
});

test('sniffing: binary, format, feed', () => {
  assert.equal(binaryReason(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 8192, 0.1), 'PNG image');
  assert.equal(binaryReason(utf8('abc\u0000def'), 8192, 0.1), 'NUL bytes');
  assert.equal(binaryReason(Uint8Array.from([1, 2, 3, 4, 65, 66]), 8192, 0.1), 'control characters');
  assert.equal(binaryReason(utf8('plain\ttext\r\n'), 8192, 0.1), null);
  assert.equal(binaryReason(encodeUtf16('text', 'le'), 8192, 0.1), null);
  assert.equal(sniffFormat('  <!doctype html><p>x'), 'html');
  assert.equal(sniffFormat('<div class="a">x</div>'), 'html');
  assert.equal(sniffFormat('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'), 'html');
  assert.equal(sniffFormat('Plain words, 3 < 4.'), 'text');
  assert.equal(feedKind('<?xml version="1.0"?><!-- c --><?xml-stylesheet href="x"?>\n<rss version="2.0">'), 'rss');
  assert.equal(feedKind('<feed xmlns="http://www.w3.org/2005/Atom">'), 'atom');
  assert.equal(feedKind('<html>'), null);
});
