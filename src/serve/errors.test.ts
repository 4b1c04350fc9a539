import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { exampleRecord, type TestRecord } from './testing.js';

let record: TestRecord;
let app: Hono;

before(async () => {
  record = await exampleRecord();
  app = createApp(record.db).app;
});
after(async () => { await record.dispose(); });

async function expectError(path: string, status: number, code?: string): Promise<void> {
  const res = await app.request(path);
  assert.equal(res.status, status, `${path} → ${res.status}`);
  const body = (await res.json()) as { ok: boolean; code: string; error: string; status: number };
  assert.equal(body.ok, false);
  assert.equal(body.status, status);
  assert.equal(typeof body.error, 'string');
  assert.ok(body.error.length > 0);
  if (code !== undefined) assert.equal(body.code, code, path);
}

describe('serve: bad input is a 400 with one error shape, never a 500', () => {
  const BAD = [
    '/api/events/abc', '/api/events/0', '/api/events/-1', '/api/events/1.5', '/api/events/99999999999999999999',
    '/api/entities/x', '/api/articles/not-an-id', '/api/articles/sha256:XYZ',
    '/api/events?limit=0', '/api/events?limit=501', '/api/events?limit=ten', '/api/events?offset=-1',
    '/api/events?from=2025-02-30', '/api/events?to=yesterday', '/api/events?from=2020-13',
    '/api/events?type=PARTY', '/api/events?status=maybe', '/api/entities?type=planet',
    '/api/entities?match=fuzzy', '/api/quotes?kind=shouted', '/api/search', '/api/search?q=', '/api/network?min=0',
    '/api/network?type=nope', '/api/upcoming?from=soon', '/api/disputed?event=abc', '/api/articles?entity=x',
    `/api/events?q=${'x'.repeat(201)}`, '/api/export/pdf', '/api/export/jsonl?what=people',
    '/api/events?limit=1&limit=2', '/api/entities?q=%00%00',
  ];
  for (const path of BAD) {
    it(`400 for ${path.length > 60 ? `${path.slice(0, 60)}…` : path}`, async () => {
      const res = await app.request(path);
      assert.ok(res.status === 400, `${path} → ${res.status} ${await res.text()}`);
    });
  }

  it('names the parameter and the problem', async () => {
    const res = await app.request('/api/events?limit=9999');
    const body = (await res.json()) as { code: string; error: string };
    assert.equal(body.code, 'serve/bad-param');
    assert.match(body.error, /limit/);
  });

  it('refuses unknown parameters, listing the known ones', async () => {
    await expectError('/api/events?limt=5', 400, 'serve/unknown-param');
  });
});

describe('serve: unknown ids and routes are 404', () => {
  it('404 for ids not in the record', async () => {
    await expectError('/api/events/999999', 404, 'query/not-found');
    await expectError('/api/entities/999999', 404, 'query/not-found');
    await expectError(`/api/articles/sha256:${'0'.repeat(64)}`, 404, 'query/not-found');
  });
  it('404 for an unknown route, in the same shape', async () => {
    await expectError('/api/nothing-here', 404, 'serve/not-found');
    await expectError('/no/such/page', 404, 'serve/not-found');
  });
});

describe('serve: security headers on every response', () => {
  for (const path of ['/api/events', '/api/events/abc', '/api/nothing', '/openapi.json', '/api/export/csv']) {
    it(`CSP and nosniff on ${path}`, async () => {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      for (const d of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) assert.ok(csp.includes(d), `${path}: ${d}`);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    });
  }

  it('the DNS-rebinding guard refuses foreign Host headers when asked to', async () => {
    const guarded = createApp(record.db, { allowedHosts: ['127.0.0.1', 'localhost'] }).app;
    assert.equal((await guarded.request('http://localhost/api/stats')).status, 200);
    const res = await guarded.request('http://evil.example/api/stats');
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as { code: string }).code, 'serve/bad-host');
  });
});
