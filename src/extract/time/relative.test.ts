import assert from 'node:assert/strict';
import { test } from 'node:test';
import { times } from './testing.js';

// Reference: Friday 2025-05-16 (ISO week 2025-W20).

test('relative days', () => {
  assert.deepEqual(times('The minister resigned yesterday.'), [['yesterday', '2025-05-15']]);
  assert.deepEqual(times('Speaking last night, the mayor urged calm.'), [['last night', '2025-05-15']]);
  assert.deepEqual(times('Parliament votes today.'), [['today', '2025-05-16']]);
  assert.deepEqual(times('The president will address the nation tonight.'), [['tonight', '2025-05-16']]);
  assert.deepEqual(times('The delegation arrives tomorrow.'), [['tomorrow', '2025-05-17']]);
});

test('weeks, months and years keep their granularity', () => {
  assert.deepEqual(times('Envoys met in Doha this week.'), [['this week', '2025-W20']]);
  assert.deepEqual(times('Envoys met in Doha earlier this week.'), [['earlier this week', '2025-W20']]);
  assert.deepEqual(times('Envoys met in Doha last week.'), [['last week', '2025-W19']]);
  assert.deepEqual(times('Envoys will meet in Doha next week.'), [['next week', '2025-W21']]);
  assert.deepEqual(times('The proposal was tabled last month.'), [['last month', '2025-04']]);
  assert.deepEqual(times('A vote is due next month.'), [['next month', '2025-06']]);
  assert.deepEqual(times('Elections are due this year.'), [['this year', '2025']]);
  assert.deepEqual(times('Late last year, the talks stalled.'), [['Late last year', '2024']]);
  assert.deepEqual(times('The rebels regrouped over the weekend.'), [['weekend', '2025-W19']]);
});

test('"N units ago"', () => {
  assert.deepEqual(times('The blockade began two days ago.'), [['two days ago', '2025-05-14']]);
  assert.deepEqual(times('The envoy visited a fortnight ago.'), [['a fortnight ago', '2025-05-02']]);
  assert.deepEqual(times('The deal expired three months ago.'), [['three months ago', '2025-02']]);
  assert.deepEqual(times('The war began three years ago.'), [['three years ago', '2022']]);
});

test('durations and vague spans are not times', () => {
  assert.deepEqual(times('Both sides agreed to a 30-day ceasefire.'), []);
  assert.deepEqual(times('The siege lasted for three years.'), []);
  assert.deepEqual(times('He promised to end the war in 24 hours.'), []);
  assert.deepEqual(times('A new round is expected in the coming days.'), []);
  assert.deepEqual(times('Fighting has intensified recently.'), []);
  assert.deepEqual(times('Shelling continued over the past week.'), []);
  assert.deepEqual(times('The aid will flow over the next year.'), []);
  assert.deepEqual(times('The convoy left a few days ago.'), []);
  assert.deepEqual(times('Troops must withdraw within 30 days.'), []);
  assert.deepEqual(times('The truce is holding for now.'), []);
});

test('inside a quotation, "today" and "last week" are relative to an unknown speech date', () => {
  assert.deepEqual(times('He said: “Today we sign, and last week we fought.”'), []);
  // a weekday in a quotation is still a weekday
  assert.deepEqual(times('“We met on Tuesday,” he said yesterday.'), [['Tuesday', '2025-05-13'], ['yesterday', '2025-05-15']]);
});
