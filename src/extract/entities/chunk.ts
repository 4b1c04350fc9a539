import type { Sentence, Token } from '../nlp/index.js';
import type { Chunk, EntityLexicon, OrganizationRef } from './types.js';
import { entityCues } from './cues.js';

/** Longest phrase, in tokens, looked up in the lexicons. */
const MAX_PHRASE = 7;

const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
const isWordlike = (t: Token): boolean => /\p{L}/u.test(t.text);

/**
 * Splits one sentence into the stretches the entity stage cares about: names of countries, capitals,
 * demonyms, organisations, places, titles, honorifics, and capitalised runs not (yet) known ('name').
 * Whole capitalised runs are tried first, so that "The Moscow Times" stays one organisation instead
 * of a capital inside two unknown words.
 */
export function chunkSentence(text: string, sentence: Sentence, lex: EntityLexicon): Chunk[] {
  const tokens = sentence.tokens;
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const runEnd = capitalisedRunEnd(tokens, i, lex);
    if (runEnd > i) {
      chunks.push(...chunkRun(text, tokens, i, runEnd, lex));
      i = runEnd;
      continue;
    }
    // Outside capitalised runs only lowercase titles are read ("foreign minister", "secretary general"):
    // a capitalised word inside ("the Nato secretary general") is a name of its own, read as a run.
    const lowercaseEnd = lowercaseRunEnd(tokens, i);
    const title = lowercaseEnd > i ? longestMatch(text, tokens, i, lowercaseEnd, (p) => lex.title(p)) : undefined;
    if (title) {
      chunks.push(make(text, tokens, i, title.to, 'title', { title: title.value }));
      i = title.to;
      continue;
    }
    // Bodies of a state are often written in lowercase ("the health ministry", "the Israeli government");
    // a named body needs its capitals ("Congress", not "congress"), and no body starts at an article.
    const body = DETERMINERS.has(tokens[i]!.text.toLowerCase()) ? undefined : longestMatch(text, tokens, i, tokens.length, (p) => {
      const o = lex.organization(p);
      return o && (o.generic || (o.country && /\p{Lu}/u.test(p))) ? o : undefined;
    });
    if (body) {
      chunks.push(stateOrBody(text, tokens, i, body.to, body.value, lex));
      i = body.to;
      continue;
    }
    i++;
  }
  return mergeStateBodies(text, tokens, chunks, lex);
}

/** Words that open a noun phrase but belong to no title or name. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);

/** One past the end of the lowercase words from `i` (none when `i` is a determiner or capitalised). */
function lowercaseRunEnd(tokens: readonly Token[], i: number): number {
  let end = i;
  while (end < tokens.length && isWordlike(tokens[end]!) && !isCapitalised(tokens[end]!) && !(end === i && DETERMINERS.has(tokens[end]!.text))) end++;
  return end;
}

/** One past the end of the capitalised run starting at `i`, or `i` when none starts there. */
function capitalisedRunEnd(tokens: readonly Token[], i: number, lex: EntityLexicon): number {
  const first = tokens[i];
  if (!first || !isCapitalised(first) || !isWordlike(first) || lex.isNotAName(first.text)) return i;
  // A capitalised first word of a sentence is only a name when it looks like one.
  if (i === 0 && first.pos !== 'PROPN' && !lex.isHonorific(first.text) && !lex.isFirstName(first.text)) return i;
  let end = i + 1;
  for (;;) {
    const next = tokens[end];
    if (!next) break;
    if (isCapitalised(next) && isWordlike(next) && !lex.isNotAName(next.text)) {
      end++;
      continue;
    }
    const after = tokens[end + 1];
    // Lowercase words allowed inside a capitalised name ("Secretary of State", "bin Salman").
    if (entityCues().nameConnectors.has(next.text) && after && isCapitalised(after) && !lex.isNotAName(after.text)) {
      end += 2;
      continue;
    }
    // Hyphenated names: "Agence France-Presse", "Bosnia-Herzegovina" are one token in wink, so nothing to do.
    break;
  }
  return end;
}

/** Types a capitalised run: the whole run by lexicon or head noun first, else its longest known parts. */
function chunkRun(text: string, tokens: readonly Token[], from: number, to: number, lex: EntityLexicon): Chunk[] {
  const whole = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  const org = lex.organization(whole);
  if (org) return [stateOrBody(text, tokens, from, to, org, lex)];
  // "Hezbollah and Iranian Revolutionary Guards": two known names joined by "and" are two names,
  // even when the run ends like an organisation's name.
  const andAt = tokens.slice(from, to).findIndex((t) => t.text === 'and');
  if (andAt > 0 && lex.organization(text.slice(tokens[from]!.start, tokens[from + andAt - 1]!.end))) {
    return [...chunkRun(text, tokens, from, from + andAt, lex), ...chunkRun(text, tokens, from + andAt + 1, to, lex)];
  }
  if (to - from > 1) {
    const country = lex.country(whole);
    if (country) return [make(text, tokens, from, to, isCapital(country, whole) ? 'capital' : 'country', { country })];
    const place = lex.place(whole);
    if (place) return [make(text, tokens, from, to, 'place', { place })];
    if (lex.isOrganizationHead(tokens[to - 1]!.text) && !lex.title(whole)) return leadingState(text, tokens, from, to, lex);
  }
  // "and" joins two names only inside an organisation's name ("National Security and Defence Council"),
  // which the head-noun rule above has taken; elsewhere it separates them ("Macron and Carney").
  const and = tokens.slice(from, to).findIndex((t) => t.text === 'and');
  if (and > 0) return [...chunkRun(text, tokens, from, from + and, lex), ...chunkRun(text, tokens, from + and + 1, to, lex)];

  const out: Chunk[] = [];
  let i = from, nameStart = -1;
  const flushName = (end: number): void => {
    // Connectors belong inside names, never at their edges.
    const isConnector = (k: number): boolean => entityCues().nameConnectors.has(tokens[k]!.text);
    let a = nameStart, b = end;
    while (a >= 0 && a < b && isConnector(a)) a++;
    while (a >= 0 && b > a && isConnector(b - 1)) b--;
    if (a >= 0 && b > a) out.push(...splitName(text, tokens, a, b, lex));
    nameStart = -1;
  };
  while (i < to) {
    // A first name followed by an unknown capitalised word starts a person's name, even when the
    // first name is also a town ("Vladimir Putin", not the city of Vladimir).
    const personEnd = personNameEnd(text, tokens, i, to, lex);
    if (personEnd > i) {
      flushName(i);
      out.push(make(text, tokens, i, personEnd, 'name', {}));
      i = personEnd;
      continue;
    }
    const known = knownAt(text, tokens, i, to, lex);
    if (known) {
      flushName(i);
      out.push(known);
      i = known.to;
    } else {
      if (nameStart < 0) nameStart = i;
      i++;
    }
  }
  flushName(to);
  return out;
}

/** A body of a state, or the state itself when the phrase names its government ("the Israeli government" is Israel). */
function stateOrBody(text: string, tokens: readonly Token[], from: number, to: number, org: OrganizationRef, lex: EntityLexicon): Chunk {
  const country = org.country ? lex.countryById(org.country) : undefined;
  return country && !org.generic && to - from > 1 && lex.isStateNoun(tokens[to - 1]!.text)
    ? make(text, tokens, from, to, 'country', { country })
    : make(text, tokens, from, to, 'organization', { organization: org });
}

/** One past the end of a person's name starting with a first name at `i`, or `i`. */
function personNameEnd(text: string, tokens: readonly Token[], i: number, to: number, lex: EntityLexicon): number {
  if (!lex.isFirstName(tokens[i]!.text) || i + 1 >= to) return i;
  const startsKnown = (k: number): boolean => {
    const phrase = (end: number): string => text.slice(tokens[k]!.start, tokens[end - 1]!.end);
    for (let end = Math.min(to, k + MAX_PHRASE); end > k; end--) {
      if (lex.country(phrase(end)) || lex.organization(phrase(end)) || lex.title(phrase(end))) return true;
    }
    return false;
  };
  if (startsKnown(i + 1)) return i;
  let end = i + 1;
  while (end < to && !startsKnown(end)) end++;
  return end;
}

/** The longest lexicon entry starting at token `i` (organisation, country or capital, place, title, demonym, honorific). */
function knownAt(text: string, tokens: readonly Token[], i: number, to: number, lex: EntityLexicon): Chunk | undefined {
  const candidates: Chunk[] = [];
  const org = longestMatch(text, tokens, i, to, (p) => lex.organization(p));
  if (org) candidates.push(make(text, tokens, i, org.to, 'organization', { organization: org.value }));
  const country = longestMatch(text, tokens, i, to, (p) => lex.country(p));
  if (country) {
    const phrase = text.slice(tokens[i]!.start, tokens[country.to - 1]!.end);
    candidates.push(make(text, tokens, i, country.to, isCapital(country.value, phrase) ? 'capital' : 'country', { country: country.value }));
  }
  const place = longestMatch(text, tokens, i, to, (p) => lex.place(p));
  if (place) candidates.push(make(text, tokens, i, place.to, 'place', { place: place.value }));
  const title = longestMatch(text, tokens, i, to, (p) => lex.title(p));
  if (title) candidates.push(make(text, tokens, i, title.to, 'title', { title: title.value }));
  const demonym = lex.demonym(tokens[i]!.text);
  if (demonym) candidates.push(make(text, tokens, i, i + 1, 'demonym', { country: demonym }));
  if (lex.isHonorific(tokens[i]!.text)) candidates.push(make(text, tokens, i, i + 1, 'honorific', {}));
  // Longest wins; on a tie the order above decides (an organisation's name beats a place of the same words).
  return candidates.reduce<Chunk | undefined>((best, c) => (!best || c.to > best.to ? c : best), undefined);
}

/** An unknown run; a known first name inside it marks where a person's name starts
 * ("Director for Policy Planning Michael Anton" -> title words + "Michael Anton"). */
function splitName(text: string, tokens: readonly Token[], from: number, to: number, lex: EntityLexicon): Chunk[] {
  for (let k = from + 1; k < to - 1; k++) {
    if (lex.isFirstName(tokens[k]!.text) && !lex.isFirstName(tokens[from]!.text)) {
      const head = text.slice(tokens[from]!.start, tokens[k - 1]!.end);
      return [make(text, tokens, from, k, 'title', { title: { id: 'free', title: head } }), make(text, tokens, k, to, 'name', {})];
    }
  }
  return [make(text, tokens, from, to, 'name', {})];
}

/** "Turkish Foreign Ministry", "Russia's Defence Ministry": the state in front belongs to the body. */
function leadingState(text: string, tokens: readonly Token[], from: number, to: number, lex: EntityLexicon): Chunk[] {
  const first = tokens[from]!.text;
  const country = lex.demonym(first) ?? lex.country(first);
  const rest = text.slice(tokens[from + 1]!.start, tokens[to - 1]!.end);
  const generic = lex.organization(rest);
  const organization = { id: generic?.id ?? `name:${text.slice(tokens[from]!.start, tokens[to - 1]!.end).toLowerCase()}`,
    name: text.slice(tokens[from]!.start, tokens[to - 1]!.end), country: country?.id ?? generic?.country ?? null, generic: false };
  return [make(text, tokens, from, to, 'organization', { organization })];
}

/** Joins a state and the generic body after it: [Turkish][Foreign Ministry], [Russia]['s][Defence Ministry],
 * [Gaza]['s][health ministry]. A state's "government" is the state itself ("the Israeli government" is Israel). */
function mergeStateBodies(text: string, tokens: readonly Token[], chunks: Chunk[], lex: EntityLexicon): Chunk[] {
  const out: Chunk[] = [];
  for (const c of chunks) {
    const prev = out[out.length - 1];
    const gap = prev ? tokens.slice(prev.to, c.from).map((t) => t.text) : [];
    const adjacent = gap.length === 0 || (gap.length <= 2 && /^['’‘]s?$/.test(gap[0]!) && (gap.length === 1 || gap[1] === 's'));
    const holder = prev && ['demonym', 'country', 'capital', 'place'].includes(prev.kind) ? prev : undefined;
    if (!holder || !adjacent || c.kind !== 'organization' || !c.organization?.generic) {
      out.push(c);
      continue;
    }
    if (holder.country && lex.isStateNoun(c.text)) {
      out[out.length - 1] = make(text, tokens, holder.from, c.to, 'country', { country: holder.country });
      continue;
    }
    const owner = holder.country?.id ?? `place:${holder.place?.id ?? holder.text}`;
    const organization = { ...c.organization, id: `${c.organization.id}@${owner}`, country: holder.country?.id ?? holder.place?.country ?? null,
      generic: false, name: text.slice(holder.start, c.end) };
    out[out.length - 1] = make(text, tokens, holder.from, c.to, 'organization', { organization });
  }
  return out;
}

/** Named by its capital ("Kyiv", "Abu Dhabi") rather than by its own name. */
const isCapital = (country: { capitals: readonly string[] }, phrase: string): boolean =>
  country.capitals.some((c) => c.toLowerCase() === phrase.toLowerCase());

function longestMatch<T>(text: string, tokens: readonly Token[], i: number, to: number, find: (phrase: string) => T | undefined):
  { value: T; to: number } | undefined {
  // Lexicon keys ignore punctuation, so a phrase must start and end on a word ("Israeli government," is not a name).
  if (!isWordlike(tokens[i]!)) return undefined;
  for (let end = Math.min(to, i + MAX_PHRASE); end > i; end--) {
    if (!isWordlike(tokens[end - 1]!)) continue;
    const value = find(text.slice(tokens[i]!.start, tokens[end - 1]!.end));
    if (value !== undefined) return { value, to: end };
  }
  return undefined;
}

function make(text: string, tokens: readonly Token[], from: number, to: number, kind: Chunk['kind'], extra: Partial<Chunk>): Chunk {
  const start = tokens[from]!.start, end = tokens[to - 1]!.end;
  return { ...extra, kind, from, to, start, end, text: text.slice(start, end) };
}
