import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './app.js';
import { exampleRecord, type TestRecord } from './testing.js';
import type { Input, Result } from '../index.js';

let record: TestRecord;

before(async () => {
  record = await exampleRecord();
});
after(async () => { await record.dispose(); });

const ARTICLE = 'Talks resume in Oslo\n\nForeign Minister Erik Holm met envoy Lars Berg in Oslo on Monday to discuss a ceasefire, officials said.\n\n"We will meet again next month," Holm said.';

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/api/ingest', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('serve: POST /api/ingest', () => {
  it('is off (403) when no token is configured', async () => {
    const app = createApp(record.db).app;
    const res = await app.request(post({ text: ARTICLE }, { Authorization: 'Bearer anything' }));
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as { code: string }).code, 'serve/forbidden');
  });

  it('wants the bearer token (401 without it or with a wrong one)', async () => {
    const app = createApp(record.db, { token: 'right-token' }).app;
    assert.equal((await app.request(post({ text: ARTICLE }))).status, 401);
    const wrong = await app.request(post({ text: ARTICLE }, { Authorization: 'Bearer wrong-token' }));
    assert.equal(wrong.status, 401);
    assert.match(wrong.headers.get('www-authenticate') ?? '', /Bearer/);
  });

  it('stores a posted text (201), then knows it (200), and the API serves it', async () => {
    const app = createApp(record.db, { token: 'right-token' }).app;
    const auth = { Authorization: 'Bearer right-token' };
    const res = await app.request(post({ text: ARTICLE, published: '2025-06-02', url: 'https://example.org/oslo' }, auth));
    assert.equal(res.status, 201, await res.clone().text());
    const body = (await res.json()) as { stored: { id: string; article: string; links: { api: string } }[] };
    assert.equal(body.stored[0]!.article, 'new');
    const article = await app.request(body.stored[0]!.links.api);
    assert.equal(article.status, 200);
    assert.equal(((await article.json()) as { published: string }).published, '2025-06-02');
    const again = await app.request(post({ text: ARTICLE, published: '2025-06-02', url: 'https://example.org/oslo' }, auth));
    assert.equal(again.status, 200);
  });

  it('fetches a URL through the injected reader (no network in tests)', async () => {
    const readUrl = async function* (url: string): AsyncGenerator<Result<Input>> {
      yield { ok: true, value: { source: url, text: `<html><head><title>Berg visits Holm</title></head><body><article><p>${'Envoy Lars Berg visited Oslo on Friday for talks with Erik Holm on prisoner exchanges. '.repeat(3)}</p></article></body></html>`, format: 'html', url, encoding: 'utf-8', hints: {} } };
    };
    const app = createApp(record.db, { token: 't', readUrl }).app;
    const res = await app.request(post({ url: 'https://example.org/berg' }, { Authorization: 'Bearer t' }));
    assert.equal(res.status, 201, await res.clone().text());
  });

  it('refuses bad bodies with 400', async () => {
    const app = createApp(record.db, { token: 't' }).app;
    const auth = { Authorization: 'Bearer t' };
    for (const body of ['not json', [], {}, { text: '' }, { html: 'x', text: 'y' }, { url: 'javascript:alert(1)' }, { text: 'x', published: 'soon' }, { text: 'x', extra: 1 }, { text: 42 }]) {
      const res = await app.request(post(body, auth));
      assert.equal(res.status, 400, `${JSON.stringify(body)} → ${res.status}`);
      assert.equal(((await res.json()) as { code: string }).code, 'serve/bad-body');
    }
    const noType = await app.request(new Request('http://localhost/api/ingest', { method: 'POST', headers: auth, body: '{"text":"x"}' }));
    assert.equal(noType.status, 400);
  });

  it('refuses a body over the limit with 413', async () => {
    const app = createApp(record.db, { token: 't' }).app;
    const res = await app.request(post({ text: 'x'.repeat(6 * 1024 * 1024) }, { Authorization: 'Bearer t' }));
    assert.equal(res.status, 413);
  });

  it('says why nothing was stored (422) when the input has no article', async () => {
    const app = createApp(record.db, { token: 't' }).app;
    const res = await app.request(post({ html: '<html><body><nav>menu</nav></body></html>' }, { Authorization: 'Bearer t' }));
    assert.equal(res.status, 422);
    assert.match(((await res.json()) as { error: string }).error, /clean\//);
  });
});
