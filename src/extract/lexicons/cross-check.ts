/** Checks that span lexicon files. */
import { KeyOwners, LexiconError, Reader } from './validate.js';
import { LEXICON_FILES, type LexiconData } from './types.js';

/** Checks that need two files: country codes exist, organization and body names do not collide. */
export function crossCheck(data: LexiconData): void {
  const iso = new Set(data.countries.map((c) => c.id));
  const orgIds = new Set(data.organizations.map((o) => o.id));
  const check = (file: string, entry: string, code: string | null | undefined): void => {
    if (code !== null && code !== undefined && !iso.has(code)) {
      throw new LexiconError(file, entry, `country "${code}" is not in ${LEXICON_FILES.countries}`);
    }
  };
  for (const o of data.organizations) check(LEXICON_FILES.organizations, `entry "${o.id}"`, o.country);
  for (const b of data.governmentBodies.named) check(LEXICON_FILES.governmentBodies, `entry "${b.id}"`, b.country);
  // Places may lie in dependent territories (Hong Kong, Puerto Rico) that countries.json leaves out.
  for (const p of data.places) {
    if (p.country !== null && !/^[A-Z]{3}$/.test(p.country)) {
      throw new LexiconError(LEXICON_FILES.places, `entry "${p.id}"`, `country "${p.country}" is not an ISO alpha-3 code`);
    }
  }
  for (const d of data.titles.descriptions) {
    const entry = `entry "${d.pattern}"`;
    check(LEXICON_FILES.titles, entry, d.country);
    for (const c of Object.keys(d.titleByCountry ?? {})) check(LEXICON_FILES.titles, entry, c);
    if (d.org !== undefined && !orgIds.has(d.org)) {
      throw new LexiconError(LEXICON_FILES.titles, entry, `org "${d.org}" is not in ${LEXICON_FILES.organizations}`);
    }
  }
  const owners = new KeyOwners('name');
  for (const o of data.organizations) {
    const r: Reader = new Reader(LEXICON_FILES.organizations, `entry "${o.id}"`);
    for (const s of [o.name, ...o.aliases]) owners.claim(r, o.id, s);
  }
  for (const b of data.governmentBodies.named) {
    const r: Reader = new Reader(LEXICON_FILES.governmentBodies, `entry "${b.id}"`);
    for (const s of [b.name, ...b.aliases]) owners.claim(r, b.id, s);
  }
}
