import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { LexiconError, lexiconDir, loadLexicons, readLexiconData, type Actor } from './index.js';
import { dateBounds, parseActors } from './validate.js';

const lex = loadLexicons();

function actor(name: string): Actor {
  const a = lex.actorByName(name);
  assert.ok(a !== undefined, `no actor "${name}"`);
  return a;
}

describe('actor lookups', () => {
  it('finds people by full name with their state or organization', () => {
    const z = actor('Volodymyr Zelensky');
    assert.equal(z.id, 'volodymyr-zelensky');
    assert.equal(z.country, 'UKR');
    assert.equal(z.org, null);
    assert.equal(actor('Sergei Lavrov').country, 'RUS');
    assert.equal(actor('Mark Rutte').org, 'nato');
    assert.equal(actor('António Guterres').org, 'un');
    assert.equal(actor('António Guterres').country, null);
    assert.equal(actor('Ismail Haniyeh').org, 'hamas');
    assert.equal(lex.actorById('andrii-sybiha')?.name, 'Andrii Sybiha');
  });

  it('finds every listed spelling, ignoring accents, dots and case', () => {
    const cases: Array<[string, string]> = [
      ['Zelensky', 'volodymyr-zelensky'],
      ['Zelenskyy', 'volodymyr-zelensky'],
      ['Zelenskiy', 'volodymyr-zelensky'],
      ['Volodymyr Zelenskyy', 'volodymyr-zelensky'],
      ['ZELENSKY', 'volodymyr-zelensky'],
      ['Sybiha', 'andrii-sybiha'],
      ['Sybiga', 'andrii-sybiha'],
      ['Andriy Sybiha', 'andrii-sybiha'],
      ['Andrii Sybiga', 'andrii-sybiha'],
      ['Andriy Yermak', 'andriy-yermak'],
      ['Andrii Yermak', 'andriy-yermak'],
      ['Kirill Budanov', 'kyrylo-budanov'],
      ['Dmitri Peskov', 'dmitry-peskov'],
      ['Erdoğan', 'recep-tayyip-erdogan'],
      ['Erdogan', 'recep-tayyip-erdogan'],
      ['Tayyip Erdogan', 'recep-tayyip-erdogan'],
      ['MBS', 'mohammed-bin-salman'],
      ['Sheikh Tamim', 'tamim-bin-hamad-al-thani'],
      ['J.D. Vance', 'jd-vance'],
      ['Francois Hollande', 'francois-hollande'],
      ['Abu Mazen', 'mahmoud-abbas'],
      ['Jolani', 'ahmed-al-sharaa'],
    ];
    for (const [name, id] of cases) assert.equal(lex.actorByName(name)?.id, id, name);
  });

  it('does not read lower-case words or unknown names as people', () => {
    assert.equal(lex.actorByName('gallant'), undefined);
    assert.equal(lex.actorByName('Gallant')?.id, 'yoav-gallant');
    assert.equal(lex.actorByName('Kim'), undefined);
    assert.equal(lex.actorByName('John Smith'), undefined);
  });

  it('finds people by surname, every holder of a shared one', () => {
    assert.deepEqual(lex.actorsBySurname('Zelensky').map((a) => a.id), ['volodymyr-zelensky']);
    assert.deepEqual(lex.actorsBySurname('Zelenskyy').map((a) => a.id), ['volodymyr-zelensky']);
    assert.deepEqual(lex.actorsBySurname('Sybiga').map((a) => a.id), ['andrii-sybiha']);
    assert.deepEqual(lex.actorsBySurname('von der Leyen').map((a) => a.id), ['ursula-von-der-leyen']);
    assert.deepEqual(lex.actorsBySurname('al-Sisi').map((a) => a.id), ['abdel-fattah-el-sisi']);
    assert.deepEqual(lex.actorsBySurname('Xi').map((a) => a.id), ['xi-jinping']);
    assert.deepEqual(lex.actorsBySurname('Lula').map((a) => a.id), ['luiz-inacio-lula-da-silva']);
    const sinwar = lex.actorsBySurname('Sinwar').map((a) => a.id).sort();
    assert.deepEqual(sinwar, ['mohammed-sinwar', 'yahya-sinwar']);
    assert.equal(lex.actorByName('Sinwar'), undefined, 'a shared surname is no alias');
    const aoun = lex.actorsBySurname('Aoun').map((a) => a.id).sort();
    assert.deepEqual(aoun, ['joseph-aoun', 'michel-aoun']);
    assert.ok(lex.actorsBySurname('Kim').some((a) => a.id === 'kim-jong-un'));
    assert.deepEqual(lex.actorsBySurname('Nobodyhere'), []);
  });
});

describe('rolesAt', () => {
  it('returns the roles held on a date', () => {
    const z = actor('Zelensky');
    assert.deepEqual(lex.rolesAt(z, '2024-03-05').map((r) => `${r.title}/${r.of}`), ['President/UKR']);
    assert.deepEqual(lex.rolesAt(z, '2019-05-20').map((r) => r.title), ['President'], 'first day counts');
    assert.deepEqual(lex.rolesAt(z, '2019-05-19'), []);
    assert.deepEqual(lex.rolesAt(z, '2024-03-05T10:00:00Z').map((r) => r.title), ['President']);
  });

  it('excludes roles whose range ended before the date or starts after it', () => {
    const kuleba = actor('Kuleba');
    assert.deepEqual(lex.rolesAt(kuleba, '2022-02-24').map((r) => r.title), ['Foreign Minister']);
    assert.deepEqual(lex.rolesAt(kuleba, '2025-01-01'), []);
    assert.deepEqual(lex.rolesAt(kuleba, '2019-01-01'), []);
    const shoigu = actor('Shoigu');
    assert.deepEqual(lex.rolesAt(shoigu, '2023-06-01').map((r) => r.title), ['Defence Minister']);
    assert.deepEqual(lex.rolesAt(shoigu, '2025-06-01').map((r) => r.title), ['secretary of the security council']);
    const trump = actor('Trump');
    assert.deepEqual(lex.rolesAt(trump, '2022-06-01'), [], 'between terms');
    assert.deepEqual(lex.rolesAt(trump, '2025-03-01').map((r) => r.title), ['President']);
  });

  it('reads month and year precision as the whole month or year', () => {
    const rutte = actor('Rutte');
    // Secretary General from 2024-10-01; a query for the year 2024 overlaps both offices.
    assert.deepEqual(lex.rolesAt(rutte, '2024').map((r) => r.of).sort(), ['NLD', 'nato']);
    assert.deepEqual(lex.rolesAt(rutte, '2024-08'), []);
    const umerov = actor('Umerov');
    assert.ok(lex.rolesAt(umerov, '2025-05-16').some((r) => r.title === 'head of delegation'), 'from "2025-05"');
    assert.ok(!lex.rolesAt(umerov, '2025-04-30').some((r) => r.title === 'head of delegation'));
  });

  it('returns nothing for a null or malformed date', () => {
    const z = actor('Zelensky');
    assert.deepEqual(lex.rolesAt(z, null), []);
    assert.deepEqual(lex.rolesAt(z, 'yesterday'), []);
    assert.deepEqual(lex.rolesAt(z, '2024-02-30'), []);
  });
});

describe('actors.json', () => {
  it('is sorted, and every role title is a canonical title', () => {
    const ids = lex.data.actors.map((a) => a.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.ok(ids.length >= 250, `${ids.length} actors`);
    const titles = new Set(lex.data.titles.titles.map((t) => t.title));
    for (const a of lex.data.actors) for (const r of a.roles) assert.ok(titles.has(r.title), `${a.id}: ${r.title}`);
  });
});

describe('actor validation', () => {
  const temps: string[] = [];
  after(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });
  type Json = Record<string, unknown>;

  /** A copy of data/lexicons/ whose actors.json is replaced by `actors`. */
  function fixture(actors: Json[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'parley-actors-'));
    temps.push(dir);
    cpSync(lexiconDir(), dir, { recursive: true });
    writeFileSync(join(dir, 'actors.json'), JSON.stringify({ actors }));
    return dir;
  }
  const shipped = (): Json[] =>
    (JSON.parse(readFileSync(join(lexiconDir(), 'actors.json'), 'utf8')) as { actors: Json[] }).actors;
  const person = (over: Json = {}): Json => ({
    id: 'test-person',
    name: 'Test Person',
    aliases: [],
    country: 'UKR',
    org: null,
    roles: [{ title: 'President', of: 'UKR', from: '2020-01-01', to: null }],
    ...over,
  });

  function rejects(actors: Json[], problem: RegExp): void {
    assert.throws(
      () => readLexiconData(fixture(actors)),
      (e: unknown) => {
        assert.ok(e instanceof LexiconError, String(e));
        assert.equal(e.file, 'actors.json');
        assert.match(e.message, problem);
        return true;
      },
    );
  }

  it('accepts a minimal valid file', () => {
    const data = readLexiconData(fixture([person()]));
    assert.equal(data.actors.length, 1);
  });

  it('rejects duplicate ids and a name two people claim', () => {
    rejects([person(), person({ name: 'Other Person' })], /duplicate id "test-person"/);
    rejects([person({ id: 'a-one', aliases: ['Person'] }), person({ id: 'b-two', name: 'Other Person', aliases: ['Person'] })], /"Person" is also claimed by "a-one"/);
    const list = shipped();
    list.push(person({ id: 'zz-fake', name: 'Fake Zelensky', aliases: ['Zelenskyy'] }));
    rejects(list, /"Zelenskyy" is also claimed by "volodymyr-zelensky"/);
  });

  it('rejects empty names and aliases, and unsorted ids', () => {
    rejects([person({ name: '' })], /"name" must be a non-empty string/);
    rejects([person({ aliases: ['  '] })], /"aliases" has an empty/);
    rejects([person({ id: 'b-person' }), person({ id: 'a-person', name: 'Another' })], /out of order/);
    rejects([person({ id: 'Test Person' })], /not a lower-case slug/);
  });

  it('rejects unknown countries, organizations and titles', () => {
    rejects([person({ country: 'ZZZ' })], /country "ZZZ" is not in countries.json/);
    rejects([person({ country: 'Ukraine' })], /not an ISO alpha-3 code/);
    rejects([person({ country: null, org: 'no-such-org' })], /org "no-such-org" is not in organizations.json/);
    rejects([person({ country: null, org: null })], /both null/);
    rejects([person({ roles: [{ title: 'Grand Vizier', of: 'UKR', from: '2020', to: null }] })], /role title "Grand Vizier"/);
    rejects([person({ roles: [{ title: 'President', of: 'Narnia', from: '2020', to: null }] })], /neither a country nor an org id/);
    // Named government bodies count as organizations.
    assert.equal(readLexiconData(fixture([person({ country: 'RUS', org: 'ru-fsb' })])).actors[0]?.org, 'ru-fsb');
  });

  it('rejects bad dates and ranges', () => {
    const role = (from: unknown, to: unknown): Json => person({ roles: [{ title: 'President', of: 'UKR', from, to }] });
    rejects([role('2020-13', null)], /"from" is "2020-13", not a date/);
    rejects([role('2021-02-29', null)], /not a date/);
    rejects([role('20 May 2019', null)], /not a date/);
    rejects([role('2020-01-01', '2019-12-31')], /"to" 2019-12-31 is before "from" 2020-01-01/);
    rejects([role(null, null)], /"from" must be a non-empty string/);
    rejects([person({ roles: [] })], /"roles" must be a non-empty array/);
  });

  it('checks a surname against the name', () => {
    assert.throws(() => parseActors({ actors: [person({ surname: 'Nobody' })] }, 'x.json'), /surname "Nobody" is not a word/);
    assert.equal(parseActors({ actors: [person({ surname: 'Test' })] })[0]?.surname, 'Test');
  });

  it('reads dates of day, month and year precision', () => {
    assert.deepEqual(dateBounds('2024'), { first: '2024-01-01', last: '2024-12-31' });
    assert.deepEqual(dateBounds('2024-02'), { first: '2024-02-01', last: '2024-02-29' });
    assert.deepEqual(dateBounds('2023-02'), { first: '2023-02-01', last: '2023-02-28' });
    assert.deepEqual(dateBounds('2024-05-20'), { first: '2024-05-20', last: '2024-05-20' });
    assert.equal(dateBounds('2024-00'), undefined);
    assert.equal(dateBounds('2024-5-1'), undefined);
  });
});
