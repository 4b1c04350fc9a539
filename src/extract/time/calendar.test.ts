import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, addMonths, formatWeek, isoWeek, parseIsoDate, weekdayOf } from './calendar.js';

test('ISO weeks, including the ones that cross a year', () => {
  assert.deepEqual(isoWeek({ y: 2025, m: 5, d: 16 }), { year: 2025, week: 20 });
  assert.deepEqual(isoWeek({ y: 2024, m: 12, d: 30 }), { year: 2025, week: 1 });
  assert.deepEqual(isoWeek({ y: 2021, m: 1, d: 3 }), { year: 2020, week: 53 });
  assert.equal(formatWeek({ y: 2026, m: 2, d: 4 }), '2026-W06');
});

test('day and month arithmetic', () => {
  assert.deepEqual(addDays({ y: 2025, m: 3, d: 1 }, -1), { y: 2025, m: 2, d: 28 });
  assert.deepEqual(addMonths(2025, 1, -1), { y: 2024, m: 12 });
  assert.deepEqual(addMonths(2025, 12, 1), { y: 2026, m: 1 });
  assert.equal(weekdayOf({ y: 2025, m: 5, d: 16 }), 5);
});

test('publication dates: date-times keep their own calendar day; junk is null', () => {
  assert.deepEqual(parseIsoDate('2025-05-16T23:30:00-05:00'), { y: 2025, m: 5, d: 16 });
  assert.equal(parseIsoDate('2025-02-30'), null);
  assert.equal(parseIsoDate('yesterday'), null);
  assert.equal(parseIsoDate(null), null);
});
