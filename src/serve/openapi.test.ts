import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../store/index.js';
import { testLocationFor } from '../testing/store.js';
import { createApp } from './app.js';

describe('serve: the OpenAPI document', () => {
  it('describes every route the app answers, with every path parameter', async (t) => {
    const db = await openStore((await testLocationFor(t)).location);
    const { app } = createApp(db);
    const res = await app.request('/openapi.json');
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { parameters: { name: string; in: string }[]; responses: Record<string, unknown> }>> };
    assert.match(doc.openapi, /^3\./);
    const served = app.routes.filter((r) => r.path.startsWith('/api/') || r.path === '/openapi.json');
    assert.ok(served.length >= 15);
    for (const r of served) {
      if (r.method === 'ALL') continue; // middleware (body limit) registered on a route path
      const path = r.path.replace(/:(\w+)/g, '{$1}');
      const op = doc.paths[path]?.[r.method.toLowerCase()];
      assert.ok(op, `${r.method} ${path} is in the document`);
      for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
        assert.ok(op.parameters.some((p) => p.in === 'path' && p.name === name), `${path} documents {${name}}`);
      }
      assert.ok(Object.keys(op.responses).length > 0);
    }
    const expected = ['/api/timeline', '/api/entities', '/api/entities/{id}', '/api/events', '/api/events/{id}', '/api/quotes', '/api/articles',
      '/api/articles/{id}', '/api/search', '/api/upcoming', '/api/disputed', '/api/network', '/api/export/{format}', '/api/ingest'];
    for (const p of expected) assert.ok(doc.paths[p], `${p} documented`);
    await db.close();
  });

  it('every schema reference resolves', async (t) => {
    const db = await openStore((await testLocationFor(t)).location);
    const res = await createApp(db).app.request('/openapi.json');
    const text = await res.text();
    const doc = JSON.parse(text) as { components: { schemas: Record<string, unknown> } };
    for (const m of text.matchAll(/"#\/components\/schemas\/(\w+)"/g)) assert.ok(doc.components.schemas[m[1]!], `schema ${m[1]}`);
    await db.close();
  });

  it('a query parameter the document lists is accepted, one it does not is refused', async (t) => {
    const db = await openStore((await testLocationFor(t)).location);
    const { app } = createApp(db);
    const doc = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, { get?: { parameters: { name: string; in: string }[] } }> };
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!item.get || path.includes('{')) continue;
      for (const p of item.get.parameters.filter((x) => x.in === 'query')) {
        const res = await app.request(`${path}?${p.name}=${p.name === 'q' ? 'peace' : ''}`);
        assert.notEqual(res.status, 500, `${path}?${p.name}`);
        assert.notEqual(((await res.json()) as { code?: string }).code, 'serve/unknown-param', `${path}?${p.name}`);
      }
    }
    await db.close();
  });
});
