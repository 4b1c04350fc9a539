import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLexicons } from './index.js';

const lex = loadLexicons();

describe('countries', () => {
  it('finds a country by name, alias, capital and spelling', () => {
    const cases: Array<[string, string]> = [
      ['Kyiv', 'UKR'],
      ['Kiev', 'UKR'],
      ['U.S.', 'USA'],
      ['US', 'USA'],
      ['America', 'USA'],
      ['United States of America', 'USA'],
      ['Washington', 'USA'],
      ['Türkiye', 'TUR'],
      ['Turkiye', 'TUR'],
      ['Turkey', 'TUR'],
      ['Russian Federation', 'RUS'],
      ['Moscow', 'RUS'],
      ['Britain', 'GBR'],
      ['the UK', 'GBR'],
      ['U.K.', 'GBR'],
      ['Kingdom of Saudi Arabia', 'SAU'],
      ["People's Republic of China", 'CHN'],
      ['Kosovo', 'XKX'],
      ['Palestine', 'PSE'],
      ['Taiwan', 'TWN'],
    ];
    for (const [name, id] of cases) assert.equal(lex.countryByName(name)?.id, id, name);
  });

  it('uses the common English news name', () => {
    assert.equal(lex.countryById('TUR')?.name, 'Turkey');
    assert.equal(lex.countryById('usa')?.name, 'United States');
    assert.equal(lex.countryById('KOR')?.name, 'South Korea');
  });

  it('does not read ordinary words as acronyms', () => {
    assert.equal(lex.countryByName('us'), undefined);
    assert.equal(lex.organizationByName('who'), undefined);
    assert.equal(lex.countryByName('Island'), undefined);
  });

  it('finds a country by demonym', () => {
    const cases: Array<[string, string]> = [
      ['Ukrainian', 'UKR'],
      ['Ukrainians', 'UKR'],
      ['Turkish', 'TUR'],
      ['American', 'USA'],
      ['British', 'GBR'],
      ['Russian', 'RUS'],
      ['Israeli', 'ISR'],
      ['Palestinians', 'PSE'],
      ['Congolese', 'COD'],
    ];
    for (const [word, id] of cases) assert.equal(lex.countryByDemonym(word)?.id, id, word);
    assert.equal(lex.countryByName('Ukrainian'), undefined);
  });
});

describe('organizations and government bodies', () => {
  it('finds organizations by acronym and full name', () => {
    assert.equal(lex.organizationByName('NATO')?.id, 'nato');
    assert.equal(lex.organizationByName('Nato')?.id, 'nato');
    assert.equal(lex.organizationByName('North Atlantic Treaty Organization')?.id, 'nato');
    assert.equal(lex.organizationByName('U.N.')?.id, 'un');
    assert.equal(lex.organizationByName('Agence France-Presse')?.id, 'afp');
    assert.equal(lex.organizationByName('Hamas')?.kind, 'armed-group');
    assert.equal(lex.organizationByName('Reuters')?.kind, 'agency');
  });

  it('finds named bodies with their country', () => {
    assert.equal(lex.governmentBodyByName('State Department')?.country?.id, 'USA');
    assert.equal(lex.governmentBodyByName('U.S. Department of State')?.id, 'us-state-department');
    assert.equal(lex.governmentBodyByName('the Kremlin')?.country?.id, 'RUS');
    assert.equal(lex.governmentBodyByName('Russian Duma')?.id, 'ru-duma');
    assert.equal(lex.governmentBodyByName("Ukraine's parliament")?.id, 'ua-verkhovna-rada');
  });

  it('composes generic bodies with a demonym or country', () => {
    const turkish = lex.governmentBodyByName('Turkish Ministry of Foreign Affairs');
    assert.equal(turkish?.id, 'foreign-ministry');
    assert.equal(turkish?.name, 'Turkish Foreign Ministry');
    assert.equal(turkish?.country?.id, 'TUR');
    assert.equal(lex.governmentBodyByName("Russia's Defence Ministry")?.name, 'Russian Defence Ministry');
    assert.equal(lex.governmentBodyByName('Ministry of Foreign Affairs of Ukraine')?.country?.id, 'UKR');
    const bare = lex.governmentBodyByName('Foreign Ministry');
    assert.equal(bare?.id, 'foreign-ministry');
    assert.equal(bare?.country, undefined);
  });
});

describe('titles', () => {
  it('maps variants to the short canonical title', () => {
    const cases: Array<[string, string]> = [
      ['foreign minister', 'Foreign Minister'],
      ['Minister of Foreign Affairs', 'Foreign Minister'],
      ['spokesman', 'spokesperson'],
      ['spokeswoman', 'spokesperson'],
      ['press secretary', 'spokesperson'],
      ['secretary general', 'Secretary-General'],
      ['defense secretary', 'Defence Minister'],
      ['Deputy Prime Minister', 'Deputy Prime Minister'],
    ];
    for (const [phrase, title] of cases) assert.equal(lex.titleByPhrase(phrase)?.title.title, title, phrase);
    assert.equal(lex.titleByPhrase('Foreign'), undefined);
  });

  it('separates modifiers and owners from the title', () => {
    const m = lex.titleByPhrase('former Ukrainian deputy foreign minister');
    assert.equal(m?.title.id, 'foreign-minister');
    assert.deepEqual(m?.modifiers, ['former', 'deputy']);
    assert.equal(m?.country?.id, 'UKR');
    assert.equal(lex.titleByPhrase('Kremlin spokesman')?.country?.id, 'RUS');
    assert.equal(lex.titleByPhrase('NATO Secretary General')?.organization?.id, 'nato');
    assert.equal(lex.titleByPhrase('head of the GRU')?.body?.id, 'ru-gru');
    assert.deepEqual(lex.titleByPhrase('ex-president')?.modifiers, ['ex']);
  });

  it('resolves descriptions to a title and country', () => {
    const top = lex.titleByPhrase('the top U.S. diplomat');
    assert.equal(top?.title.title, 'Secretary of State');
    assert.equal(top?.country?.id, 'USA');
    assert.equal(lex.titleByPhrase('the top Turkish diplomat')?.title.title, 'Foreign Minister');
    const kremlin = lex.titleByPhrase('the Kremlin leader');
    assert.equal(kremlin?.title.title, 'President');
    assert.equal(kremlin?.country?.id, 'RUS');
  });
});

describe('names and places', () => {
  it('knows first names and honorifics', () => {
    for (const name of ['Andriy', 'Andrii', 'Volodymyr', 'Dmitry', 'Rustem', 'Recep', 'Xi', 'Keir', 'Kaja', 'Marco']) {
      assert.equal(lex.isFirstName(name), true, name);
    }
    for (const word of ['Foreign', 'May', 'Will', 'andriy']) assert.equal(lex.isFirstName(word), false, word);
    for (const word of ['Mr', 'Mr.', 'Dr', 'Lt. Gen.', 'Sheikh', 'Sir']) assert.equal(lex.isHonorific(word), true, word);
    assert.equal(lex.isHonorific('He'), false);
    assert.equal(lex.honorificByForm('Gen.')?.expands, 'General');
  });

  it('finds places by name and news spelling', () => {
    const cases: Array<[string, string, string]> = [
      ['Kyiv', 'Kyiv', 'UKR'],
      ['Kharkov', 'Kharkiv', 'UKR'],
      ['Dnipropetrovsk', 'Dnipro', 'UKR'],
      ['Odessa', 'Odesa', 'UKR'],
      ['Istanbul', 'Istanbul', 'TUR'],
      ['Donetsk Oblast', 'Donetsk region', 'UKR'],
      ['Donbass', 'Donbas', 'UKR'],
      ['Bakhmut', 'Bakhmut', 'UKR'],
    ];
    for (const [query, name, country] of cases) {
      const p = lex.placeByName(query);
      assert.equal(p?.name, name, query);
      assert.equal(p?.country, country, query);
    }
    assert.equal(lex.placeByName('Black Sea')?.kind, 'water');
    assert.equal(lex.placeByName('Middle East')?.kind, 'area');
    assert.equal(lex.placeByName('Europe')?.kind, 'continent');
    assert.ok(lex.placesByName('Tripoli').length >= 2);
  });
});
