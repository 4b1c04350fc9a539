import assert from 'node:assert/strict';
import { test } from 'node:test';
import { times } from './testing.js';

// Reference: Friday 2025-05-16.

test('past: the most recent such day on or before publication', () => {
  assert.deepEqual(times('On Thursday, the minister met his counterpart.'), [['Thursday', '2025-05-15']]);
  assert.deepEqual(times('The minister spoke on Friday.'), [['Friday', '2025-05-16']]);
  assert.deepEqual(times('Rebels shelled the town on Saturday.'), [['Saturday', '2025-05-10']]);
  assert.deepEqual(times("Tuesday's vote went badly for the coalition."), [['Tuesday', '2025-05-13']]);
  assert.deepEqual(times('Late Saturday, the mayor said two people died.'), [['Late Saturday', '2025-05-10']]);
  assert.deepEqual(times('The governor had said earlier on Wednesday that the roads were closed.'), [['earlier on Wednesday', '2025-05-14']]);
});

test('"early hours of Sunday" is that Sunday, not the next one', () => {
  assert.deepEqual(times('The president spoke in the early hours of Sunday.'), [['the early hours of Sunday', '2025-05-11']]);
});

test('future clause: the next such day on or after publication (the publication day counts)', () => {
  assert.deepEqual(times('Talks will resume on Monday.'), [['Monday', '2025-05-19']]);
  assert.deepEqual(times('The vote is scheduled for Thursday.'), [['Thursday', '2025-05-22']]);
  assert.deepEqual(times('The two envoys are expected to meet on Tuesday.'), [['Tuesday', '2025-05-20']]);
  assert.deepEqual(times('The ministers are due to sign the text on Friday.'), [['Friday', '2025-05-16']]);
  assert.deepEqual(times('A summit planned for Wednesday has been postponed.'), [['Wednesday', '2025-05-14']]);
  assert.deepEqual(times('The committee plans to vote on Wednesday.'), [['Wednesday', '2025-05-21']]);
  assert.deepEqual(times('On Monday, the two sides will meet in Cairo.'), [['Monday', '2025-05-19']]);
  assert.deepEqual(times("Sunday's runoff will decide the presidency."), [['Sunday', '2025-05-18']]);
});

test('past forms of the future cues stay in the past', () => {
  assert.deepEqual(times('The talks, initially scheduled for Tuesday, were pushed to Friday.'), [
    ['Tuesday', '2025-05-13'],
    ['Friday', '2025-05-16'],
  ]);
  assert.deepEqual(times('The round was supposed to start on Monday but was postponed.'), [['Monday', '2025-05-12']]);
  assert.deepEqual(times('The envoy was expected to arrive on Wednesday.'), [['Wednesday', '2025-05-14']]);
  assert.deepEqual(times('The spokesman said on Monday that troops will stay.'), [['Monday', '2025-05-12']]);
});

test('"next", "last" and "this" before a weekday', () => {
  assert.deepEqual(times('They meet again next Thursday.'), [['next Thursday', '2025-05-22']]);
  assert.deepEqual(times('They meet again next Friday.'), [['next Friday', '2025-05-23']]);
  assert.deepEqual(times('They last met last Friday.'), [['last Friday', '2025-05-09']]);
  assert.deepEqual(times('They last met last Tuesday.'), [['last Tuesday', '2025-05-13']]);
});

test('habitual weekdays and abbreviations are not days', () => {
  assert.deepEqual(times('Protesters gather every Thursday outside parliament.'), []);
  assert.deepEqual(times('The Sun reported the story.'), []);
});

test('without a publication date a weekday cannot be resolved', () => {
  assert.deepEqual(times('On Thursday, the minister met his counterpart.', null), []);
  assert.deepEqual(times('They met on 3 June 2019.', null), [['3 June 2019', '2019-06-03']]);
});
