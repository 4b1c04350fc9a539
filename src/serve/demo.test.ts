import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemo } from '../cli/commands/demo.js';
import { openStore } from '../store/index.js';
import { createApp } from './app.js';

describe('parley demo --no-serve', () => {
  it('prints the summaries, stores the examples in a fresh record, and the API serves them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-demo-'));
    const path = join(dir, 'demo.db');
    const out: string[] = [];
    const io = { print: (l: string) => void out.push(l), error: () => undefined };
    assert.equal(await runDemo({ serve: false, db: path }, io), 0);
    assert.equal(await runDemo({ serve: false, db: path }, io), 0); // recreated, not appended to
    assert.ok(out.some((l) => l.startsWith('stored in') && l.includes('3 articles')), out.join('\n'));
    assert.ok(out.some((l) => l.includes('quotes:')), 'the extraction summaries are kept');
    const db = await openStore(path);
    const res = await createApp(db).app.request('/api/articles');
    assert.equal(((await res.json()) as { total: number }).total, 3);
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
