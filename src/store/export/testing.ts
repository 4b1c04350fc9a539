/** Test helpers for the exports. Named `testing.ts` so the test runner does not run it. */
import assert from 'node:assert/strict';

/** RFC 4180, read strictly: quoted fields may hold commas, CRLF and doubled quotes; records end in CRLF. */
export function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', i = 0, quoted = false;
  while (i < input.length) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { assert.equal(field, '', 'a quote only opens a field'); quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && input[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    assert.ok(c !== '\n' && c !== '\r', `bare line break at ${i}`);
    field += c; i++;
  }
  assert.equal(field, '', 'the last record ends in CRLF');
  return rows;
}
