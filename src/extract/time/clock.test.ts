import assert from 'node:assert/strict';
import { test } from 'node:test';
import { times } from './testing.js';

// Reference: Friday 2025-05-16.

test('a clock time alone takes the publication date', () => {
  assert.deepEqual(times('The envoys will meet at 10:45 a.m. local time.'), [['10:45 a.m. local time', '2025-05-16T10:45']]);
  assert.deepEqual(times('A second session opens at 12:30 p.m.'), [['12:30 p.m.', '2025-05-16T12:30']]);
  assert.deepEqual(times('The sirens sounded at 3 p.m. GMT.'), [['3 p.m. GMT', '2025-05-16T15:00']]);
});

test('a clock time takes the day named in its own sentence', () => {
  assert.deepEqual(times('On Wednesday, the blast came at 9:15 p.m.'), [['Wednesday', '2025-05-14'], ['9:15 p.m.', '2025-05-14T21:15']]);
  assert.deepEqual(times('The strike hit at 2 a.m. on Tuesday.'), [['2 a.m. on Tuesday', '2025-05-13T02:00']]);
});

test('a clock at the end of one paragraph does not take the day that opens the next', () => {
  const text = 'Delegations meet at 12:30 p.m.\n\nOn Thursday, the minister met his counterpart.';
  assert.deepEqual(times(text), [['12:30 p.m.', '2025-05-16T12:30'], ['Thursday', '2025-05-15']]);
  assert.deepEqual(times('Delegations meet at 12:30 p.m. On Thursday, the minister met his counterpart.'), [
    ['12:30 p.m.', '2025-05-16T12:30'],
    ['Thursday', '2025-05-15'],
  ]);
});

test('numbers that are not clock times', () => {
  assert.deepEqual(times('She lives at 10 Downing Street.'), []);
  assert.deepEqual(times('The deficit is $250,000 a year.'), []);
  assert.deepEqual(times('The death toll rose to 13 overnight.'), []);
});
