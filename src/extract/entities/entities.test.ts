import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Entity } from '../../core/types.js';
import { analyze } from '../nlp/index.js';
import { extractEntities } from './index.js';
import { entityLexicon } from './lexicon-view.js';

const lex = entityLexicon();

function articleOf(...paragraphs: string[]): Article {
  const text = paragraphs.join('\n\n');
  let at = 0;
  const spans = paragraphs.map((p) => { const s = { start: at, end: at + p.length }; at += p.length + 2; return s; });
  return { id: 'sha256:test', source: 'test', url: null, title: null, outlet: null, published: '2025-05-16', publishedFrom: 'given', language: 'en', text, paragraphs: spans };
}

function entitiesOf(...paragraphs: string[]): { entities: Entity[]; text: string } {
  const a = articleOf(...paragraphs);
  const entities = extractEntities(a, analyze(a.text, a.paragraphs), lex);
  for (const e of entities) for (const m of e.mentions) assert.ok(m.end > m.start && m.end <= a.text.length, `${e.name}: span in bounds`);
  return { entities, text: a.text };
}

const byName = (entities: Entity[], name: string): Entity => {
  const e = entities.find((x) => x.name === name);
  assert.ok(e, `no entity "${name}" in ${entities.map((x) => x.name).join(', ')}`);
  return e;
};
const nameOf = (entities: Entity[], id: string | null): string | undefined => entities.find((e) => e.id === id)?.name;

test('a titled name gives a person with role and affiliation; surname and "Mr" mentions join it', () => {
  const { entities, text } = entitiesOf('US Secretary of State Marco Rubio arrived in Paris on Thursday.', 'Mr Rubio told reporters that Rubio had met them.');
  const rubio = byName(entities, 'Marco Rubio');
  assert.equal(rubio.type, 'person');
  assert.equal(rubio.mentions.length, 3);
  assert.deepEqual(rubio.mentions.map((m) => text.slice(m.start, m.end)), ['Marco Rubio', 'Rubio', 'Rubio']);
  assert.equal(rubio.roles[0]?.title, 'Secretary of State');
  assert.equal(nameOf(entities, rubio.affiliation), 'United States');
  assert.equal(byName(entities, 'Paris').type, 'location');
});

test('a person\'s subordinate inherits the boss\'s affiliation', () => {
  const { entities } = entitiesOf("Ukrainian President Volodymyr Zelensky's chief of staff Andriy Yermak flew to Paris.");
  const yermak = byName(entities, 'Andriy Yermak');
  assert.equal(yermak.roles[0]?.title, 'chief of staff');
  assert.equal(nameOf(entities, yermak.roles[0]?.of ?? null), 'Volodymyr Zelensky');
  assert.equal(nameOf(entities, yermak.affiliation), 'Ukraine');
});

test('a government body in front of a title gives the state as affiliation', () => {
  const { entities } = entitiesOf('Russia has not replied, Kremlin spokesman Dmitry Peskov said.');
  const peskov = byName(entities, 'Dmitry Peskov');
  assert.equal(peskov.roles[0]?.title, 'spokesperson');
  assert.equal(nameOf(entities, peskov.affiliation), 'Russia');
  assert.equal(byName(entities, 'Kremlin').type, 'organization');
});

test('"former" stays in the role', () => {
  const { entities } = entitiesOf('The delegation was led by Vladimir Medinsky, a former culture minister, officials said.');
  assert.match(byName(entities, 'Vladimir Medinsky').roles.map((r) => r.title).join('|'), /former culture minister/i);
});

test('a capital acting is its country; a capital as the scene is a place', () => {
  const { entities } = entitiesOf('Moscow rejected the proposal, while Kyiv said it would attend talks in Istanbul.');
  assert.equal(byName(entities, 'Russia').type, 'country');
  assert.equal(byName(entities, 'Ukraine').type, 'country');
  assert.equal(byName(entities, 'Istanbul').type, 'location');
  assert.equal(entities.filter((e) => e.type === 'location').length, 1);
});

test('a demonym with a ministry makes one organisation of that state, and a later bare mention joins it', () => {
  const { entities } = entitiesOf('The Turkish Foreign Ministry hosted the meeting.', 'The Foreign Ministry said talks would resume.');
  const ministry = byName(entities, 'Turkish Foreign Ministry');
  assert.equal(ministry.type, 'organization');
  assert.equal(ministry.mentions.length, 2);
});

test('names joined by "and" stay apart; a first name that is also a town stays a name', () => {
  const { entities } = entitiesOf('Sir Keir Starmer, Emmanuel Macron and Mark Carney met Vladimir Putin.');
  for (const n of ['Keir Starmer', 'Emmanuel Macron', 'Mark Carney', 'Vladimir Putin']) assert.equal(byName(entities, n).type, 'person');
  assert.equal(entities.filter((e) => e.type === 'location').length, 0);
});

test('a place named with its head word ("region") is one location', () => {
  const { entities } = entitiesOf('Drones hit the Donetsk region overnight.');
  assert.equal(byName(entities, 'Donetsk region').type, 'location');
});

test('an unknown capitalised word with no cue is not an entity', () => {
  const { entities } = entitiesOf('Blue Horizon was the name of the plan, one analyst noted.');
  assert.deepEqual(entities.filter((e) => e.type !== 'country').map((e) => e.name), []);
});

test('the state government is the state', () => {
  const { entities } = entitiesOf('The Israeli government said it would send a delegation to Cairo.');
  assert.equal(byName(entities, 'Israel').type, 'country');
  assert.equal(entities.filter((e) => e.type === 'organization').length, 0);
});
