import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../nlp/index.js';
import { extractQuotes, type ExtractedQuote } from './index.js';
import { articleOf, standInEntities, type GoldEntity } from './testing.js';

// Invented people and bodies, so no test depends on any article's text.
const CAST: GoldEntity[] = [
  { name: 'Anna Korsak', type: 'person', also: ['Korsak'], roles: ['Foreign Minister'], affiliation: 'Veldania' },
  { name: 'Pavel Drum', type: 'person', also: ['Drum'], roles: ['President'], affiliation: 'Ostrava Republic' },
  { name: 'Veldania', type: 'country' },
  { name: 'Ostrava Republic', type: 'country', also: ['Ostrava'] },
  { name: 'Ministry of Harbours', type: 'organization' },
];

function run(text: string): { quotes: ExtractedQuote[]; name: (id: string | null) => string | null } {
  const article = articleOf(text);
  const entities = standInEntities(text, CAST);
  const quotes = extractQuotes(article, analyze(text, article.paragraphs), entities);
  for (const q of quotes) assert.equal(text.slice(q.start, q.end), q.text, `span of ${q.id}`);
  const byId = new Map(entities.map((e) => [e.id, e.name]));
  return { quotes, name: (id) => (id ? byId.get(id) ?? null : null) };
}

function expectOne(text: string, quoted: string, kind: ExtractedQuote['kind'], speaker: string | null): ExtractedQuote {
  const { quotes, name } = run(text);
  const q = quotes.find((x) => x.text === quoted);
  assert.ok(q, `no quote "${quoted}" in ${JSON.stringify(quotes.map((x) => x.text))}`);
  assert.equal(q.kind, kind);
  assert.equal(name(q.speaker), speaker);
  return q;
}

test('X said: “…”', () => {
  const q = expectOne('Korsak said: “We will not sign anything under pressure.”',
    'We will not sign anything under pressure.', 'direct', 'Anna Korsak');
  assert.equal(q.cue, 'said');
});

test('“…,” X said / said X, the title', () => {
  expectOne('“The harbour talks are over for now,” Drum said on Monday.', 'The harbour talks are over for now,', 'direct', 'Pavel Drum');
  expectOne('“We expect an answer within a week,” said Anna Korsak, the foreign minister.',
    'We expect an answer within a week,', 'direct', 'Anna Korsak');
});

test('told reporters / wrote on X / according to', () => {
  const q = expectOne('After the meeting, Korsak told reporters: “Nothing has been agreed yet.”', 'Nothing has been agreed yet.', 'direct', 'Anna Korsak');
  assert.equal(q.cue, 'told reporters');
  const w = expectOne('Drum wrote on X: “The blockade must end today.”', 'The blockade must end today.', 'direct', 'Pavel Drum');
  assert.equal(w.cue, 'wrote on X');
  expectOne('The ports would reopen “as soon as the inspectors leave”, according to the Ministry of Harbours.',
    'as soon as the inspectors leave', 'partial', 'Ministry of Harbours');
});

test('apposition between speaker and verb', () => {
  expectOne('Pavel Drum, who flew in from the coast on Sunday, said the offer was “an insult to every sailor”.',
    'an insult to every sailor', 'partial', 'Pavel Drum');
});

test('split quotation: two quotes, one speaker', () => {
  const { quotes, name } = run('“We came here in good faith,” Korsak said, “and we will leave in good faith.”');
  assert.deepEqual(quotes.map((q) => [q.text, name(q.speaker)]), [
    ['We came here in good faith,', 'Anna Korsak'], ['and we will leave in good faith.', 'Anna Korsak'],
  ]);
});

test('pronouns, "he added" and descriptions resolve to the earlier person', () => {
  const text = 'Drum met Korsak in the capital on Friday.\n\n“The ships will wait at anchor until spring,” he said.\n\n'
    + 'He added: “Nobody wants another winter like the last one.”\n\n'
    + 'The foreign minister said the proposal was “worth reading twice”.';
  const { quotes, name } = run(text);
  assert.deepEqual(quotes.map((q) => name(q.speaker)), ['Pavel Drum', 'Pavel Drum', 'Anna Korsak']);
});

test('an organisation or country can speak', () => {
  expectOne('Veldania’s foreign ministry said the convoy had been “stopped without any legal basis”.',
    'stopped without any legal basis', 'partial', 'Veldania');
});

test('multi-paragraph quotation continues after a paragraph with no closing mark', () => {
  const text = 'Korsak said: “The first point is the harbour fees.\n\n“The second point is the return of the fishing fleet.”';
  const { quotes, name } = run(text);
  assert.equal(quotes.length, 1);
  assert.match(quotes[0]!.text, /^The first point .* fishing fleet\.$/s);
  assert.equal(name(quotes[0]!.speaker), 'Anna Korsak');
});

test('nested single quotes stay inside the double quotation', () => {
  expectOne('Drum said: “They told us ‘come back next year’ and then closed the door.”',
    'They told us ‘come back next year’ and then closed the door.', 'direct', 'Pavel Drum');
});

test('straight marks and guillemets', () => {
  expectOne('"We are ready to talk at any time," Korsak said.', 'We are ready to talk at any time,', 'direct', 'Anna Korsak');
  expectOne('Drum said: « The fleet stays in port this week. »', 'The fleet stays in port this week.', 'direct', 'Pavel Drum');
});

test('an unattributed follow-on quotation keeps the previous speaker', () => {
  const { quotes, name } = run('“It is too early to say,” Drum said. “Ask me again in March.”');
  assert.deepEqual(quotes.map((q) => name(q.speaker)), ['Pavel Drum', 'Pavel Drum']);
});

test('negatives: apostrophes, titles, scare quotes without a speaker, marks inside words', () => {
  const { quotes } = run('Drum’s aides don’t expect much from the talks. Ostrava’s ships sailed at 6 o’clock.\n\n'
    + 'The crews watched the film “The Long Harbour” twice. The so-called “peace flotilla” left on time.\n\n'
    + 'The 12" guns and the sailors\' boots were all inspected.');
  assert.deepEqual(quotes, []);
});

test('a long quotation with no identifiable speaker has speaker null', () => {
  const { quotes } = run('The banner read: “Open the harbours and let the ships go home.”');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, null);
});

test('ids in text order', () => {
  const { quotes } = run('Korsak said it was “far too early to judge the offer”. “We will answer on Monday,” Drum said.');
  assert.deepEqual(quotes.map((q) => q.id), ['q1', 'q2']);
  assert.ok(quotes[0]!.start < quotes[1]!.start);
});
