import assert from 'node:assert/strict';
import { test } from 'node:test';
import { times } from './testing.js';

test('years after a word that introduces a time', () => {
  assert.deepEqual(times('The peninsula was annexed in 2014.'), [['2014', '2014']]);
  assert.deepEqual(times('No talks have been held since 2022.'), [['2022', '2022']]);
  assert.deepEqual(times('The rebels lost ground in 2014 or 2022, depending on the count.'), [['2014', '2014'], ['2022', '2022']]);
  assert.deepEqual(times('The rate has doubled since mid-2023.'), [['2023', '2023']]);
});

test('years that modify a noun', () => {
  assert.deepEqual(times("He led the country's 2019 delegation."), [['2019', '2019']]);
  assert.deepEqual(times('The 2020 election was disputed.'), [['2020', '2020']]);
});

test('numbers that are not years', () => {
  assert.deepEqual(times('Both sides freed 1,000 prisoners.'), []);
  assert.deepEqual(times('The army sent 2000 troops to the border.'), []);
  assert.deepEqual(times('Some 2000 families fled.'), []);
  assert.deepEqual(times('The fund holds $2025 per person.'), []);
  assert.deepEqual(times('Turnout was 1999.5 on the index.'), []);
  assert.deepEqual(times('A total of 2024 was reported.'), []);
  assert.deepEqual(times('Room 2012 was booked for the talks.'), []);
});
