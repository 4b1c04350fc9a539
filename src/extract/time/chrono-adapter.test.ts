import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newsChrono } from './chrono-adapter.js';

test('the chrono parsers we rely on are there, and its relative parsers are not', () => {
  const names = newsChrono().parsers.map((p) => p.constructor.name);
  assert.ok(names.includes('ENWeekdayParser') && names.includes('ENTimeExpressionParser'));
  assert.ok(!names.includes('ENCasualDateParser') && !names.includes('ENTimeUnitWithinFormatParser'));
});
