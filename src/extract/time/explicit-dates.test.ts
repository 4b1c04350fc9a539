import assert from 'node:assert/strict';
import { test } from 'node:test';
import { times } from './testing.js';

test('full dates in the usual English orders', () => {
  assert.deepEqual(times('The accord was signed on 3 June 2019 in Geneva.'), [['3 June 2019', '2019-06-03']]);
  assert.deepEqual(times('The accord was signed on June 3, 2019, in Geneva.'), [['June 3, 2019', '2019-06-03']]);
  assert.deepEqual(times('The file is dated 2019-06-03.'), [['2019-06-03', '2019-06-03']]);
});

test('a date without a year: the most recent one, or the next one in a future clause', () => {
  assert.deepEqual(times('Aid has been blocked since 4 March.'), [['4 March', '2025-03-04']]);
  assert.deepEqual(times('The envoys met on May 16.'), [['May 16', '2025-05-16']]);
  assert.deepEqual(times('The envoys met on June 2.'), [['June 2', '2024-06-02']]);
  assert.deepEqual(times('The envoys will meet on June 2.'), [['June 2', '2025-06-02']]);
  assert.deepEqual(times('They set a September 1 deadline.'), [['September 1', '2025-09-01']]);
  // a date a few days ahead is that coming date, whatever the tense
  assert.deepEqual(times('The forum runs May 20 to 22 in the capital.'), [['May 20 to 22', '2025-05-20']]);
});

test('a date without a year takes the year of the same day written out earlier', () => {
  assert.deepEqual(times('The raid of 9 November 2022 shocked the town. Since November 9, nobody has returned.'), [
    ['9 November 2022', '2022-11-09'],
    ['November 9', '2022-11-09'],
  ]);
});

test('months: the text certifies a month, so the value is a month', () => {
  // an April article: "in February" is this February (past bias), "in June" last June
  assert.deepEqual(times('The leaders first met in February.', '2025-04-18'), [['February', '2025-02']]);
  assert.deepEqual(times('The leaders first met in June.', '2025-04-18'), [['June', '2024-06']]);
  assert.deepEqual(times('The leaders will meet again in June.', '2025-04-18'), [['June', '2025-06']]);
  assert.deepEqual(times('Talks collapsed in October 2023.'), [['October 2023', '2023-10']]);
  assert.deepEqual(times('The truce lapsed at the end of March.'), [['March', '2025-03']]);
  assert.deepEqual(times('Talks resumed in May.'), [['May', '2025-05']]);
});

test('month names that are ordinary words are not months', () => {
  assert.deepEqual(times('Supporters will march on the capital.'), []);
  assert.deepEqual(times('The talks may resume.'), []);
  assert.deepEqual(times('May God protect them, the bishop said.'), []);
});
