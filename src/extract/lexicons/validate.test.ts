import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { LexiconError, lexiconDir, readLexiconData } from './index.js';
import { parseCountries, parseOrganizations } from './validate.js';

type Json = Record<string, unknown>;
const temps: string[] = [];
after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A copy of data/lexicons/ with one file changed by `edit`. */
function fixture(file: string, edit: (root: Json) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-lexicons-'));
  temps.push(dir);
  cpSync(lexiconDir(), dir, { recursive: true });
  const root = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json;
  edit(root);
  writeFileSync(join(dir, file), JSON.stringify(root));
  return dir;
}

const entries = (root: Json, field: string): Json[] => root[field] as Json[];

function assertLexiconError(dir: string, file: string, entry: RegExp, problem: RegExp): void {
  assert.throws(
    () => readLexiconData(dir),
    (e: unknown) => {
      assert.ok(e instanceof LexiconError, String(e));
      assert.equal(e.file, file);
      assert.match(e.entry, entry);
      assert.match(e.message, problem);
      return true;
    },
  );
}

describe('lexicon validation', () => {
  it('accepts the shipped data', () => {
    const data = readLexiconData(lexiconDir());
    assert.ok(data.countries.length >= 195);
  });

  it('rejects a name that two countries claim', () => {
    const dir = fixture('countries.json', (root) => {
      const list = entries(root, 'countries');
      const rus = list.find((c) => c['id'] === 'RUS');
      (rus?.['capitals'] as string[]).push('Kiev');
    });
    assertLexiconError(dir, 'countries.json', /"(RUS|UKR)"/, /"Kiev" is also claimed by/);
  });

  it('rejects a duplicate id', () => {
    const dir = fixture('organizations.json', (root) => {
      const list = entries(root, 'organizations');
      list.push({ ...list[0], name: 'Something Else', aliases: [] });
    });
    assertLexiconError(dir, 'organizations.json', /entry "/, /duplicate id/);
  });

  it('rejects empty entries and unknown kinds', () => {
    const empty = fixture('places.json', (root) => {
      const first = entries(root, 'places')[0];
      if (first !== undefined) first['aliases'] = [''];
    });
    assertLexiconError(empty, 'places.json', /entry "/, /empty/);
    const kind = fixture('titles.json', (root) => {
      const first = entries(root, 'titles')[0];
      if (first !== undefined) first['kind'] = 'wizard';
    });
    assertLexiconError(kind, 'titles.json', /entry "/, /"kind" is "wizard"/);
  });

  it('rejects a country code that countries.json lacks', () => {
    const dir = fixture('organizations.json', (root) => {
      const first = entries(root, 'organizations')[0];
      if (first !== undefined) first['country'] = 'ZZZ';
    });
    assertLexiconError(dir, 'organizations.json', /entry "/, /"ZZZ" is not in countries.json/);
  });

  it('names the file and entry in the message', () => {
    const bad = { countries: [{ id: 'AAA', name: 'A', aliases: ['B', 'B'], demonyms: [], capitals: [], metonyms: [] }] };
    assert.throws(() => parseCountries(bad, 'bad.json'), /^LexiconError: lexicon bad.json: entry "AAA" \(#0\): "aliases" lists/);
    assert.throws(() => parseOrganizations({}, 'orgs.json'), /lexicon orgs.json: top level: "organizations" must be an array/);
  });
});
