/** Test helper: runs extractTimes and checks the span invariant on every result. */
import assert from 'node:assert/strict';
import { extractTimes } from './index.js';

/** A Friday: the reference date of the rule tests. */
export const FRIDAY = '2025-05-16';

/** `[text, value]` of each time found, after asserting `text === slice(start, end)`. */
export function times(text: string, published: string | null = FRIDAY): Array<[string, string]> {
  const found = extractTimes(text, published);
  for (const t of found) assert.equal(text.slice(t.start, t.end), t.text, `span of ${JSON.stringify(t.text)}`);
  return found.map((t) => [t.text, t.value]);
}
