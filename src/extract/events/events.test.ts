import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entity, eventsOf, type NamedEvent } from './testing.js';

const only = (events: readonly NamedEvent[], type: string): NamedEvent[] => events.filter((e) => e.type === type);
const one = (events: readonly NamedEvent[], type: string): NamedEvent => {
  const found = only(events, type);
  assert.equal(found.length, 1, `one ${type} in ${JSON.stringify(events.map((e) => [e.type, e.actors]))}`);
  return found[0]!;
};

test('CONSULT: a meeting with its date from the time expression and its place', () => {
  const ev = one(eventsOf('U.S. Secretary of State Marco Rubio met Ukrainian Foreign Minister Andriy Sybiha in Antalya on Thursday.'), 'CONSULT');
  assert.ok(ev.actors.includes('Marco Rubio') && ev.actors.includes('Andriy Sybiha'), ev.actors.join());
  assert.ok(ev.actors.includes('United States'), 'a person brings the state he acts for');
  assert.equal(ev.location, 'Antalya');
  assert.equal(ev.date, '2025-05-15');
  assert.equal(ev.status, 'occurred');
});

test('CONSULT: one meeting is one event with every participant, across sentences', () => {
  // country adjectives name the states that the article names elsewhere
  const events = eventsOf('Russia and Ukraine sent delegations to Turkey. Talks between Turkish, Russian and Ukrainian delegations took place in Istanbul on Friday.\n\nThe talks in Istanbul lasted two hours, Russian officials said.');
  const ev = one(events, 'CONSULT');
  for (const c of ['Turkey', 'Russia', 'Ukraine']) assert.ok(ev.actors.includes(c), `${c} in ${ev.actors.join()}`);
  assert.equal(ev.evidence.length, 2);
});

test('CONSULT: planned, cancelled and mooted meetings', () => {
  assert.equal(one(eventsOf('Talks between Israel and Hamas will take place in Cairo next week.'), 'CONSULT').status, 'planned');
  assert.equal(one(eventsOf('A summit between Russia and Ukraine was called off.'), 'CONSULT').status, 'cancelled');
  assert.equal(one(eventsOf('A potential meeting between Vladimir Putin and Volodymyr Zelensky has been mooted.'), 'CONSULT').status, 'hypothetical');
  // postponed to a new day: still planned, on that day
  const moved = one(eventsOf('Talks between Russia and Ukraine initially scheduled for Thursday were pushed to Friday.'), 'CONSULT');
  assert.equal(moved.status, 'planned');
  assert.equal(moved.date, '2025-05-16');
});

test('CONSULT: "X said he would meet Y" is planned, with the speaker as a party', () => {
  const ev = one(eventsOf('Marco Rubio said he would meet separately with Ukrainian and Turkish officials in Turkey.'), 'CONSULT');
  assert.equal(ev.status, 'planned');
  assert.ok(ev.actors.includes('Marco Rubio'), ev.actors.join());
});

test('ASSAULT: casualty numbers, children included', () => {
  const ev = one(eventsOf('A Russian drone strike on Kharkiv killed three people and injured 28, including four children, on Tuesday. Russia has not commented.'), 'ASSAULT');
  assert.deepEqual(ev.numbers, { killed: 3, injured: 28, children: 4 });
  assert.equal(ev.location, 'Kharkiv');
  assert.ok(ev.actors.includes('Russia'));
  const split = one(eventsOf('Late Saturday, a Russian missile attack hit Odesa, the mayor said.\n\nAt least nine people were injured.'), 'ASSAULT');
  assert.deepEqual(split.numbers, { injured: 9 }, 'a count in the next sentence goes to the attack');
});

test('ASSAULT: an age is not a count; a strike without violence is no attack', () => {
  const ev = one(eventsOf('A Russian drone strike killed a 77-year-old man in Mykolaiv.'), 'ASSAULT');
  assert.equal(ev.numbers['killed'], undefined);
  assert.equal(only(eventsOf('Dock workers in France went on strike over pay.'), 'ASSAULT').length, 0);
});

test('verbal conflict: REJECT, ACCUSE, REQUEST, THREATEN', () => {
  assert.ok(one(eventsOf('Moscow rejected the ceasefire proposal.'), 'REJECT').source.includes('Russia'));
  const acc = one(eventsOf('Ukraine accused Russia of violating the energy truce.'), 'ACCUSE');
  assert.deepEqual([acc.source.includes('Ukraine'), acc.target.includes('Russia')], [true, true]);
  assert.equal(only(eventsOf('Ukraine accused Russia of violating the energy truce.'), 'RETREAT').length, 0, 'the truce is what is accused, not an event');
  const req = one(eventsOf('France called on Israel to allow humanitarian aid into Gaza.'), 'REQUEST');
  assert.ok(req.source.includes('France') && req.target.includes('Israel'));
  assert.ok(one(eventsOf('Iran threatened to retaliate against Israel.'), 'THREATEN').source.includes('Iran'));
});

test('reported demands and threats: "X said Y must …", "X said Y would continue fighting"', () => {
  const req = one(eventsOf('The Kremlin said Ukraine must withdraw its troops from the region.'), 'REQUEST');
  assert.ok(req.actors.includes('Kremlin') || req.actors.includes('Russia'), req.actors.join());
  assert.ok(req.actors.includes('Ukraine'));
  const thr = one(eventsOf('Dmitry Peskov, the Kremlin spokesman, said on Wednesday Russian forces would continue fighting.'), 'THREATEN');
  assert.equal(thr.date, '2025-05-14');
});

test('cooperation: AGREE, SUPPORT, RETREAT, SANCTION, COERCE, AID, MOBILIZE', () => {
  assert.ok(one(eventsOf('Hamas agreed to the ceasefire proposal.'), 'AGREE').actors.includes('Hamas'));
  assert.ok(one(eventsOf('Germany welcomed the ceasefire proposal.'), 'SUPPORT').actors.includes('Germany'));
  assert.ok(one(eventsOf('Russia and Ukraine exchanged 390 prisoners of war on Friday.'), 'RETREAT').actors.includes('Ukraine'));
  assert.ok(one(eventsOf('The European Union imposed sanctions on Russia.'), 'SANCTION').actors.includes('Russia'));
  assert.ok(one(eventsOf('Russia said its forces captured the town of Pokrovsk.'), 'COERCE').actors.includes('Russia'));
  assert.ok(one(eventsOf('The United States will resume security assistance to Ukraine.'), 'AID').actors.includes('Ukraine'));
  assert.ok(one(eventsOf('Russia deployed troops to the border with Finland.'), 'MOBILIZE').actors.includes('Russia'));
});

test('status: negated actions are not events; conditional ones are hypothetical', () => {
  assert.equal(eventsOf('Israel did not attack Iran with drones.').length, 0);
  const conditional = one(eventsOf('If Russia attacks Ukraine with missiles again, talks will fail.'), 'ASSAULT');
  assert.equal(conditional.status, 'hypothetical');
  // the condition belongs to the threat's content: the threat itself was made
  assert.equal(one(eventsOf('Marco Rubio threatened to abandon the talks if there is no progress.'), 'THREATEN').status, 'occurred');
});

test('negatives: a plain statement and first-person quotes are not events', () => {
  assert.equal(eventsOf('Sergei Lavrov said the situation in the region was difficult.').length, 0);
  assert.equal(eventsOf('Volodymyr Zelensky said: "We reject their demands and we will meet them in Istanbul."').length, 0);
  // a third-person statement in quotation marks reports an action with a named actor
  const quoted = eventsOf('Statement: "The United States will release the detained journalists."');
  assert.equal(one(quoted, 'RETREAT').status, 'planned');
});

test('hand-made entities: a person acts for the state in his affiliation', () => {
  const text = 'Envoy Jan Novak met Foreign Minister Ana Silva in Lisbon on Monday.';
  const ents = [
    entity(text, 'e1', 'person', 'Jan Novak', 'e3'), entity(text, 'e2', 'person', 'Ana Silva', 'e4'),
    entity(text, 'e3', 'country', 'Czechia'), entity(text, 'e4', 'country', 'Portugal'), entity(text, 'e5', 'location', 'Lisbon'),
  ];
  const ev = one(eventsOf(text, '2025-05-16', ents), 'CONSULT');
  assert.deepEqual([...ev.actors].sort(), ['Ana Silva', 'Czechia', 'Jan Novak', 'Portugal']);
  assert.equal(ev.location, 'Lisbon');
  assert.equal(ev.date, '2025-05-12');
});
