import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromText, datelineDate, datesInText } from './date-from-text.js';

const REF = new Date('2025-06-01T00:00:00Z');

test('the brief lines', () => {
  assert.equal(dateFromText('Published : 2024-07-24 10:30'), '2024-07-24T10:30:00');
  assert.equal(dateFromText('Updated 10:45 AM EDT, Fri May 16, 2025'), '2025-05-16T10:45:00-04:00');
  assert.equal(dateFromText('May 16, 2025'), '2025-05-16');
  assert.equal(dateFromText('MOSCOW, May 16 (Reuters) -', REF), '2025-05-16');
});

test('keeps the wall clock and the offset in force that day', () => {
  assert.equal(dateFromText('Jan. 17, 2016 5:32 p.m. ET'), '2016-01-17T17:32:00-05:00');
  assert.equal(dateFromText('Jul. 17, 2016 5:32 p.m. ET'), '2016-07-17T17:32:00-04:00');
  assert.equal(dateFromText('Thursday 15 May 2025 10.00 BST'), '2025-05-15T10:00:00+01:00');
  // AMT is Armenia or Amazon time: keep 11:28, drop the guess.
  assert.equal(dateFromText('November 20, 2019 - 11:28 AMT'), '2019-11-20T11:28:00');
});

test('published wins over updated, whatever the order', () => {
  assert.equal(dateFromText('Updated: 10:45 AM EDT, Fri May 16, 2025 Published 9:00 AM EDT, Thu May 15, 2025'), '2025-05-15T09:00:00-04:00');
  assert.equal(dateFromText('Last updated Nov 20, 2019; first published Nov 18, 2019'), '2019-11-18');
  const found = datesInText('Posted May 1, 2025 | Updated May 3, 2025');
  assert.deepEqual(found.map((d) => d.label), ['published', 'updated']);
});

test('yearless dates need a reference and never land after it', () => {
  assert.equal(dateFromText('MOSCOW, May 16 (Reuters) -'), null);
  assert.equal(dateFromText('Dec 30', new Date('2025-01-05T00:00:00Z')), '2024-12-30');
  assert.equal(dateFromText('July 4', REF), '2024-07-04');
});

test('numeric dates follow the locale when ambiguous', () => {
  assert.equal(dateFromText('05/10/2018'), '2018-05-10');
  assert.equal(dateFromText('05/10/2018', undefined, { dayFirst: true }), '2018-10-05');
  assert.equal(dateFromText('25/10/2018'), '2018-10-25');
});

test('bogus and relative dates are rejected', () => {
  assert.equal(dateFromText('Feb 30, 2016'), null);
  assert.equal(dateFromText('3 hours ago'), null);
  assert.equal(dateFromText('yesterday at 5 pm'), null);
  assert.equal(dateFromText('Monday'), null);
  assert.equal(dateFromText('10:30 AM'), null);
  assert.equal(dateFromText('Jan 1, 1970'), null);
  assert.equal(dateFromText('no date here'), null);
  assert.equal(dateFromText('May 16, 2030', REF), null);
});

test('wire datelines open a paragraph', () => {
  assert.equal(datelineDate('MOSCOW, May 16 (Reuters) - Russia said on Friday', REF), '2025-05-16');
  assert.equal(datelineDate('WASHINGTON, Jan. 17, 2016 — The United States'), '2016-01-17');
  assert.equal(datelineDate('The talks began on May 16, 2025 - officials said'), null);
});
