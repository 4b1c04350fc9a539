import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trimClosingLines } from './closing.js';

const BODY = 'Negotiators met in Vienna on Monday and agreed to meet again next month, the host said.';

test('reporting credits and bios closing an article are dropped', () => {
  assert.deepEqual(trimClosingLines([BODY, '(Reporting by Jane Roe in Vienna; Editing by John Doe)']), [BODY]);
  assert.deepEqual(trimClosingLines([BODY, 'Jane Roe in Vienna and John Doe in Kyiv contributed to this report.']), [BODY]);
  assert.deepEqual(trimClosingLines([BODY, 'Jane Roe is a Vienna-based correspondent for the Ledger.']), [BODY]);
});

test('a closing paragraph of the story stays, and so does a credit in mid-article', () => {
  const closing = 'The next round is expected in Geneva, officials said.';
  assert.deepEqual(trimClosingLines([BODY, closing]), [BODY, closing]);
  const credit = '(Reporting by Jane Roe; Editing by John Doe)';
  assert.deepEqual(trimClosingLines([credit, BODY, closing]), [credit, BODY, closing]);
});
