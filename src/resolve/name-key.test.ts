import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanName, foldWord, fuller, nameKey, surnameKey } from './name-key.js';
import { identityOf } from './lexicon-identity.js';
import { dateRange, datesCompatible } from './dates.js';

test('transliteration variants fold to one key', () => {
  for (const group of [
    ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskii', 'Zelenskij'],
    ['Andriy Sybiga', 'Andriy Sybiha', 'Andrii Sybiha'],
    ['Viktor Yanukovych', 'Viktor Yanukovich'],
    ['Kiev', 'Kyiv'],
    ['Dmitriev', 'Dmitryev'],
    ['Yevgeny', 'Evgeny'],
    ['Mikhail', 'Mihail'],
    ['Dzhokhar', 'Jokhar'],
    ['Sergei Shoigu', 'Sergey Shoygu'],
    ['Vladimir V. Putin', 'Vladimir Putin', 'Vladimir Putin of'],
    ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan'],
  ]) {
    const keys = new Set(group.map(nameKey));
    assert.equal(keys.size, 1, `${group.join(' / ')} -> ${[...keys].join(' / ')}`);
  }
});

test('different names keep different keys', () => {
  for (const [a, b] of [
    ['Paul Whelan', 'Paula Whelan'],
    ['Kim Jong Un', 'Kim Yo Jong'],
    ['Kim Jong Un', 'Kim Jong Il'],
    ['Russian military', 'Russian'],
    ['Andriy Yermak', 'Andriy Sybiha'],
  ] as const) assert.notEqual(nameKey(a), nameKey(b), `${a} / ${b}`);
});

test('fold rules, one by one', () => {
  assert.equal(foldWord('zelenskyy'), 'zelenski');
  assert.equal(foldWord('sybiha'), 'sibiga');
  assert.equal(foldWord('kharkiv'), 'harkiv');
  assert.equal(foldWord('kellogg'), 'kelog');
  assert.equal(foldWord('москва'), 'москва', 'other scripts pass through');
  assert.equal(cleanName('Ukrainian air force'), 'Ukrainian air force', 'lower-case words of a name stay');
  assert.equal(surnameKey('Andriy Sybiga'), 'sibiga');
  assert.equal(surnameKey('Sybiga'), null);
  assert.ok(fuller('Volodymyr Zelensky', 'Zelensky'));
  assert.ok(!fuller('Kyiv', 'Kyiv'));
});

test('lexicon identity: spellings the lexicons know are one ref', () => {
  const ref = (type: Parameters<typeof identityOf>[0], name: string): string | undefined => identityOf(type, name)?.ref;
  assert.equal(ref('person', 'Andriy Sybiga'), ref('person', 'Andrii Sybiha'));
  assert.equal(ref('person', 'Zelenskyy'), 'actor:volodymyr-zelensky');
  assert.equal(ref('location', 'Kiev'), ref('location', 'Kyiv'));
  assert.match(ref('location', 'Kyiv') ?? '', /^place:/, 'a capital stays a place, not its country');
  assert.equal(ref('country', 'Türkiye'), 'country:TUR');
  assert.equal(ref('country', 'Turkey'), 'country:TUR');
  assert.equal(ref('location', 'Turkey'), 'country:TUR', 'a location named like a country is the country');
  assert.equal(ref('person', 'Paula Whelan'), undefined);
});

test('dates: equal, coarser prefix, a day apart, unknown', () => {
  assert.ok(datesCompatible('2025-05-16', '2025-05-16'));
  assert.ok(datesCompatible('2025-05', '2025-05-16'));
  assert.ok(datesCompatible('2025', '2025-05-16'));
  assert.ok(datesCompatible('2025-W20', '2025-05-16'));
  assert.ok(datesCompatible('2025-05-16', '2025-05-17'));
  assert.ok(datesCompatible(null, '2025-05-17'));
  assert.ok(!datesCompatible('2025-05-16', '2025-05-18'));
  assert.ok(!datesCompatible('2025-04', '2025-05-16'));
  assert.deepEqual(dateRange('2025-W20'), { first: '2025-05-12', last: '2025-05-18', granularity: 'week' });
  assert.deepEqual(dateRange('2024-02'), { first: '2024-02-01', last: '2024-02-29', granularity: 'month' });
});
