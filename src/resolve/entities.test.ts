import { test } from 'node:test';
import assert from 'node:assert/strict';
import { saveExtraction } from '../store/write/index.js';
import { extractText, globalId, handMade, tempStore } from './testing.js';

// Short articles written for these tests (not news text).
const SYBIGA = `Ukraine's Foreign Minister Andriy Sybiga met Turkish officials in Kiev on Tuesday to prepare a meeting in Türkiye, the ministry said.

President Volodymyr Zelenskyy said the talks in Istanbul would take place on May 16.`;
const SYBIHA = `Ukrainian Foreign Minister Andrii Sybiha arrived in Kyiv on Wednesday after talks with officials from Turkey.

President Volodymyr Zelensky held talks with Russia in Istanbul on May 16, officials said.`;

const byName = (x: ReturnType<typeof extractText>, name: string): string => {
  const e = x.entities.find((e) => e.name === name);
  assert.ok(e, `${name} among ${x.entities.map((e) => e.name).join(', ')}`);
  return e.id;
};

test('spelling variants across articles are one entity: Sybiga/Sybiha, Zelenskyy/Zelensky, Kiev/Kyiv, Türkiye/Turkey', async (t) => {
  const db = await tempStore(t);
  const a = extractText(SYBIGA, '2025-05-13', 'a.txt');
  const b = extractText(SYBIHA, '2025-05-17', 'b.txt');
  await saveExtraction(db, a);
  await saveExtraction(db, b);
  for (const [na, nb] of [['Andriy Sybiga', 'Andrii Sybiha'], ['Volodymyr Zelenskyy', 'Volodymyr Zelensky'], ['Kiev', 'Kyiv'], ['Turkey', 'Turkey']] as const) {
    assert.equal(await globalId(db, a, byName(a, na)), await globalId(db, b, byName(b, nb)), `${na} / ${nb}`);
  }
  const sybiha = await globalId(db, a, byName(a, 'Andriy Sybiga'));
  const row = await db.get<{ name: string; ref: string }>('SELECT name, ref FROM entities WHERE id = ?', [sybiha]);
  assert.deepEqual(row, { name: 'Andrii Sybiha', ref: 'actor:andrii-sybiha' });
  const names = (await db.all<{ name: string }>('SELECT name FROM entity_names WHERE entity_id = ? ORDER BY name', [sybiha])).map((r) => r.name);
  assert.deepEqual(names, ['Andrii Sybiha', 'Andriy Sybiga']);
  // Titles over time: one row per article, dated by the article.
  const roles = await db.all<{ title: string; reported: string }>('SELECT title, reported FROM entity_roles WHERE entity_id = ? ORDER BY reported', [sybiha]);
  assert.deepEqual(roles.map((r) => r.reported), ['2025-05-13', '2025-05-17']);
  assert.ok(roles.every((r) => /foreign minister/i.test(r.title)));

  const tr = handMade({ key: 'tr', published: '2025-05-18', entities: [{ type: 'country', name: 'Türkiye' }, { type: 'location', name: 'Kiev' }] });
  await saveExtraction(db, tr);
  assert.equal(await globalId(db, tr, 'e1'), await globalId(db, b, byName(b, 'Turkey')));
  assert.equal(await globalId(db, tr, 'e2'), await globalId(db, b, byName(b, 'Kyiv')));
});

test('names no lexicon knows merge on the folded key and type; the canonical name is the fullest', async (t) => {
  const db = await tempStore(t);
  const a = handMade({ key: 'a', published: '2025-01-01', entities: [{ type: 'person', name: 'Oleksiy Hordiyenkoyy' }, { type: 'organization', name: 'Dnipro Peace Council' }] });
  const b = handMade({ key: 'b', published: '2025-01-02', entities: [{ type: 'person', name: 'Oleksiy Hordiyenkoiy' }, { type: 'location', name: 'Dnipro Peace Council' }] });
  await saveExtraction(db, a);
  await saveExtraction(db, b);
  assert.equal(await globalId(db, a, 'e1'), await globalId(db, b, 'e1'));
  assert.notEqual(await globalId(db, a, 'e2'), await globalId(db, b, 'e2'), 'same name, different type: two entities');
});

test('look-alikes stay apart: Paul and Paula Whelan, two Kims; a bare surname joins only an unambiguous person', async (t) => {
  const db = await tempStore(t);
  const us = { type: 'country', name: 'United States' } as const;
  const uk = { type: 'country', name: 'United Kingdom' } as const;
  const a = handMade({ key: 'a', published: '2024-08-01', entities: [us, { type: 'person', name: 'Paul Whelan', affiliation: 'e1' }] });
  const b = handMade({ key: 'b', published: '2024-08-02', entities: [uk, { type: 'person', name: 'Paula Whelan', affiliation: 'e1' }] });
  const kims = handMade({ key: 'k', published: '2024-08-03', entities: [{ type: 'person', name: 'Kim Jong Un' }, { type: 'person', name: 'Kim Yo Jong' }] });
  for (const x of [a, b, kims]) await saveExtraction(db, x);
  assert.notEqual(await globalId(db, a, 'e2'), await globalId(db, b, 'e2'));
  assert.notEqual(await globalId(db, kims, 'e1'), await globalId(db, kims, 'e2'));

  // "Whelan" with the US affiliation: the one Whelan affiliated with the US.
  const c = handMade({ key: 'c', published: '2024-08-04', entities: [us, { type: 'person', name: 'Whelan', affiliation: 'e1' }] });
  // "Whelan" with no affiliation: two Whelans are known, so it is neither.
  const d = handMade({ key: 'd', published: '2024-08-05', entities: [{ type: 'person', name: 'Whelan' }] });
  // The article names another Whelan in full: its bare "Whelan" is not one of the known two.
  const e = handMade({ key: 'e', published: '2024-08-06', entities: [us, { type: 'person', name: 'Whelan', affiliation: 'e1' }, { type: 'person', name: 'Daniel Whelan' }] });
  for (const x of [c, d, e]) await saveExtraction(db, x);
  assert.equal(await globalId(db, c, 'e2'), await globalId(db, a, 'e2'));
  const dId = await globalId(db, d, 'e1');
  assert.notEqual(dId, await globalId(db, a, 'e2'));
  assert.notEqual(dId, await globalId(db, b, 'e2'));
  assert.notEqual(await globalId(db, e, 'e2'), await globalId(db, a, 'e2'));
  assert.notEqual(await globalId(db, e, 'e3'), await globalId(db, a, 'e2'));
});

test('a bare surname joins the only person of that name, and the full name stays canonical', async (t) => {
  const db = await tempStore(t);
  const ua = { type: 'country', name: 'Ukraine' } as const;
  const a = handMade({ key: 'a', published: '2025-02-01', entities: [ua, { type: 'person', name: 'Oleksandr Kovalenchuk', affiliation: 'e1', roles: [{ title: 'deputy minister', of: 'e1' }] }] });
  const b = handMade({ key: 'b', published: '2025-03-01', entities: [ua, { type: 'person', name: 'Kovalenchuk', affiliation: 'e1', roles: [{ title: 'minister', of: 'e1' }] }] });
  await saveExtraction(db, a);
  await saveExtraction(db, b);
  const id = await globalId(db, a, 'e2');
  assert.equal(await globalId(db, b, 'e2'), id);
  assert.equal((await db.get<{ name: string }>('SELECT name FROM entities WHERE id = ?', [id]))?.name, 'Oleksandr Kovalenchuk');
  const roles = await db.all<{ title: string; reported: string }>('SELECT title, reported FROM entity_roles WHERE entity_id = ? ORDER BY reported', [id]);
  assert.deepEqual(roles, [{ title: 'deputy minister', reported: '2025-02-01' }, { title: 'minister', reported: '2025-03-01' }]);
  const affiliations = await db.all<{ n: number }>('SELECT COUNT(*) AS n FROM entity_affiliations WHERE entity_id = ?', [id]);
  assert.equal(affiliations[0]?.n, 2);
});
