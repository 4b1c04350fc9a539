import type { Sentence } from '../nlp/index.js';
import type { Span } from '../../core/types.js';
import type { Chunk, EntityLexicon } from './types.js';
import { Drafts } from './draft.js';
import { entityCues } from './cues.js';
import { adjacentBefore, isLocative, isPossessive, isSettlementOf, possessiveAfter, tokenAfter, type ChunkContext } from './context.js';
import { appositiveTitles, titleStart, titleText } from './roles.js';

/** A capitalised name whose type the sentence did not settle; decided once the whole article is read. */
export interface PendingName {
  readonly text: string;
  readonly span: Span;
  /** Followed by a speech verb ("Peskov said"): only people speak. */
  readonly speaks: boolean;
}

/** A title met without a name ("the foreign minister said"), to be linked to the one person holding it. */
export interface BareTitle {
  readonly titleId: string;
  readonly span: Span;
  /** Draft key of the state or body named with it ("the Ukrainian president"). */
  readonly of: string | null;
}

export interface Reading {
  readonly drafts: Drafts;
  readonly pending: PendingName[];
  readonly bareTitles: BareTitle[];
}

/** A verb that makes a clause ("said", "met"); participles used as adjectives ("the surrounding region") do not. */
const isFiniteVerb = (t: { pos: string; text: string }): boolean => t.pos === 'AUX' || (t.pos === 'VERB' && !/(ing|ed)$/.test(t.text));

const stripPossessive = (s: string): string => s.replace(/\s*['’]s?$/u, '');
const key = {
  country: (id: string) => `country:${id}`,
  org: (id: string) => `org:${id}`,
  place: (name: string) => `place:${name.toLowerCase()}`,
  person: (name: string) => `person:${name.toLowerCase()}`,
};

/** Pass one over the article: every chunk becomes a mention of a draft entity, or waits in `pending`. */
export function readMentions(text: string, sentences: readonly Sentence[], chunked: readonly (readonly Chunk[])[], lex: EntityLexicon): Reading {
  const drafts = new Drafts();
  const pending: PendingName[] = [];
  const bareTitles: BareTitle[] = [];

  sentences.forEach((sentence, si) => {
    const chunks = chunked[si]!;
    const taken = (i: number): boolean => chunks.some((c) => c.kind !== 'title' && i >= c.from && i < c.to);
    chunks.forEach((chunk, index) => {
      const ctx: ChunkContext = { sentence, chunks, index };
      const span = { start: chunk.start, end: chunk.end };
      switch (chunk.kind) {
        case 'country':
          drafts.add(key.country(chunk.country!.id), 'country', chunk.country!.name, span, chunk.country!.name);
          return;
        case 'capital': {
          // "in Kyiv" is the city; "Kyiv says", "Moscow's demands" are the state acting; "the Minsk
          // agreements" name a place where something was agreed.
          const venue = entityCues().venueNouns.has(tokenAfter(sentence, chunk)?.text.toLowerCase() ?? '');
          if ((isLocative(ctx) || venue) && !possessiveAfter(ctx)) {
            const place = withPlaceHead(text, sentence, chunk);
            drafts.add(key.place(chunk.text), 'location', place.name, place.span);
          } else drafts.add(key.country(chunk.country!.id), 'country', chunk.country!.name, span, chunk.country!.name);
          return;
        }
        case 'organization': {
          const org = chunk.organization!;
          const name = stripPossessive(chunk.text.replace(/^the\s+/i, ''));
          // "the government", "the health ministry": a body of no named state is an entity only if
          // the article names its state elsewhere ("Gaza's health ministry"); linking decides.
          const d = drafts.add(key.org(org.id), 'organization', name, span);
          if (org.generic) d.vague = true;
          if (org.country) d.state = key.country(org.country);
          return;
        }
        case 'place': {
          // "Dnipropetrovsk region" and the city of the same name are two places.
          const { name, span: s, head } = withPlaceHead(text, sentence, chunk);
          drafts.add(key.place(head ? `${chunk.place!.id} ${head}` : chunk.place!.id), 'location', name, s);
          return;
        }
        case 'title': {
          const next = chunks[index + 1];
          const adjacentName = next && next.kind === 'name' && next.from === chunk.to;
          if (!adjacentName) {
            const before = sentence.tokens[titleStart(sentence, chunk, taken) - 1];
            // "the Ukrainian president", "Russia's former president": the state named just before the title.
            const of = adjacentBefore(ctx, (t) => ['former', 'acting'].includes(t.text.toLowerCase()) || isPossessive(t));
            if (chunk.title && chunk.title.id !== 'free' && before && /^(the|its|his|her|their)$/i.test(before.text)) {
              bareTitles.push({ titleId: chunk.title.id, span, of: of ? stateKey(of) : null });
            } else if (chunk.title && chunk.title.id !== 'free' && of && stateKey(of)) {
              bareTitles.push({ titleId: chunk.title.id, span, of: stateKey(of) });
            }
          }
          return;
        }
        case 'name':
          readName(ctx, chunk, span);
          return;
        default:
          return;
      }
    });

    function readName(ctx: ChunkContext, chunk: Chunk, span: Span): void {
      const name = stripPossessive(chunk.text);
      const nameSpan = { start: span.start, end: span.start + name.length };
      const after = tokenAfter(sentence, chunk);
      if (after && lex.isPlaceHead(after.text) && after.text === after.text.toLowerCase()) {
        const { name: placeName, span: s, head } = withPlaceHead(text, sentence, chunk);
        drafts.add(key.place(`${chunk.text} ${head ?? ''}`.trim()), 'location', placeName, s);
        return;
      }
      const words0 = name.split(/\s+/);
      if (words0.length > 1 && entityCues().facilityHeads.has(words0[words0.length - 1]!.toLowerCase())) {
        drafts.add(key.place(name), 'location', name, nameSpan);
        return;
      }
      const prev = adjacentBefore(ctx);
      const introduced = prev ? undefined : introducingTitle(ctx.index);
      const words = name.split(/\s+/);
      const personCue = prev?.kind === 'honorific' || prev?.kind === 'title' || introduced !== undefined ||
        (words.length >= 2 && lex.isFirstName(words[0]!));
      if (personCue) {
        const d = drafts.add(key.person(name), 'person', name, nameSpan);
        if (prev?.kind === 'title') readRoleBefore(prev, d.key);
        if (introduced) {
          const holderKey = introduced.holder ? stateKey(introduced.holder) ?? placeStateKey(introduced.holder) : null;
          drafts.addRole(d.key, { title: titleText(sentence, introduced.title, taken), of: holderKey, titleId: introduced.title.title?.id ?? null });
          if (introduced.holder && holderKey) d.affiliation ??= introduced.holder.kind === 'place' ? holderKey : affiliationOf(introduced.holder, holderKey);
        }
        for (const a of appositiveTitles(sentence, chunk, chunks, taken)) {
          drafts.addRole(d.key, { title: a.title, of: a.ofChunk ? stateKey(a.ofChunk) ?? personKeyOf(a.ofChunk) : null, titleId: a.chunk.title?.id ?? null });
          const ofKey = a.ofChunk ? stateKey(a.ofChunk) : null;
          if (a.ofChunk && ofKey) d.affiliation ??= affiliationOf(a.ofChunk, ofKey);
        }
        return;
      }
      if (isSettlementOf(ctx) || (isLocative(ctx, true) && words.length <= 2 && !possessiveAfter(ctx))) {
        drafts.add(key.place(name), 'location', name, nameSpan);
        return;
      }
      pending.push({ text: name, span: nameSpan, // Only people speak: a name right before a speech verb is a person's.
        speaks: after !== undefined && entityCues().speechLemmas.has(after.lemma.toLowerCase()) });
    }

    /** "US Secretary of State Marco Rubio", "Zelensky's chief of staff Andriy Yermak", "Kremlin spokesman Dmitry Peskov". */
    function readRoleBefore(title: Chunk, personKey: string): void {
      const from = titleStart(sentence, title, taken);
      const titleIndex = chunks.indexOf(title);
      const holder = chunks[titleIndex - 1];
      // The state or body may sit inside the title phrase itself ("Ukrainian President", "Kremlin spokesman").
      const inner = title.title?.country ? { kind: 'country', country: title.title.country, ...stateSpanInside(title) } as const
        : title.title?.organization ? { kind: 'organization', organization: title.title.organization, ...stateSpanInside(title) } as const : null;
      let of: string | null = inner ? stateKey({ ...title, ...inner }) : null;
      let ofChunk: Chunk | undefined = inner ? { ...title, ...inner } : undefined;
      if (!of && holder) {
        const gap = sentence.tokens.slice(holder.to, from);
        const possessive = gap.length === 1 && isPossessive(gap[0]);
        if (gap.length === 0 || possessive) {
          if (holder.kind === 'name' && possessive) of = key.person(stripPossessive(holder.text));
          else { of = stateKey(holder); ofChunk = holder; }
        }
      }
      drafts.addRole(personKey, { title: titleText(sentence, title, taken), of, titleId: title.title?.id ?? null });
      const d = drafts.get(personKey)!;
      if (of && ofChunk && !of.startsWith('person:')) d.affiliation ??= affiliationOf(ofChunk, of);
    }

    /** Where, inside "US Secretary of State" or "the top U.S. diplomat", the state or body is named:
     * that stretch is a mention of it. */
    function stateSpanInside(title: Chunk): { start: number; end: number; text: string } {
      for (let i = title.from; i < title.to; i++) {
        for (let j = Math.min(title.to, i + 4); j > i; j--) {
          const phrase = text.slice(sentence.tokens[i]!.start, sentence.tokens[j - 1]!.end);
          if (lex.country(phrase) || lex.demonym(phrase) || lex.organization(phrase)) {
            return { start: sentence.tokens[i]!.start, end: sentence.tokens[j - 1]!.end, text: phrase };
          }
        }
      }
      return { start: title.start, end: title.end, text: title.text };
    }

    /**
     * "the Nato secretary general, Mark Rutte, said", "the governor of the Dnipropetrovsk region, Serhiy
     * Lysak, said": a title, optionally its "of …" complement, a comma, then the name it introduces.
     */
    function introducingTitle(nameIndex: number): { title: Chunk; holder: Chunk | undefined } | undefined {
      const name = chunks[nameIndex]!;
      if (sentence.tokens[name.from - 1]?.text !== ',') return undefined;
      const closes = sentence.tokens[name.to]?.text;
      if (closes !== undefined && !/^[,.;]$/.test(closes)) return undefined;
      for (let k = nameIndex - 1; k >= 0; k--) {
        const t = chunks[k]!;
        if (t.kind !== 'title') continue;
        const between = sentence.tokens.slice(t.to, name.from - 1);
        if (between.length > 0 && (!/^(of|for)$/.test(between[0]!.text) || between.some((x) => /^[,;:]$/.test(x.text) || isFiniteVerb(x)))) return undefined;
        const holder = between.length > 0 ? chunks.slice(k + 1, nameIndex).find((x) => x.kind !== 'title' && x.kind !== 'name') : chunks[k - 1];
        return { title: t, holder: holder && (between.length > 0 || holder.to === t.from) ? holder : undefined };
      }
      return undefined;
    }

    /** A region or city stands for its state when the state is in the article ("governor of the Sumy region" -> Ukraine). */
    function placeStateKey(c: Chunk): string | null {
      const country = c.place?.country ? lex.countryById(c.place.country) : undefined;
      return country && drafts.get(key.country(country.id)) ? key.country(country.id) : null;
    }

    function personKeyOf(c: Chunk): string | null {
      return c.kind === 'name' ? key.person(stripPossessive(c.text)) : null;
    }
  });

  /** The draft key of the state or body a chunk names, creating nothing. */
  function stateKey(c: Chunk): string | null {
    if ((c.kind === 'country' || c.kind === 'capital' || c.kind === 'demonym') && c.country) {
      // A demonym, or a state named inside a title, points at its country: make sure the country exists as
      // an entity to point at (adding a mention already there is a no-op).
      drafts.add(key.country(c.country.id), 'country', c.country.name, { start: c.start, end: c.end }, c.country.name);
      return key.country(c.country.id);
    }
    if (c.kind === 'organization' && c.organization) {
      drafts.add(key.org(c.organization.id), 'organization', stripPossessive(c.text.replace(/^the\s+/i, '')), { start: c.start, end: c.end });
      return key.org(c.organization.id);
    }
    return null;
  }

  /** Government bodies act for their state ("Kremlin spokesman" -> Russia, when Russia is in the article);
   * international bodies act for themselves ("NATO Secretary General"). */
  function affiliationOf(holder: Chunk, holderKey: string): string {
    const country = holder.kind === 'organization' ? holder.organization?.country : null;
    const c = country ? lex.countryById(country) : undefined;
    return c && drafts.get(key.country(c.id)) ? key.country(c.id) : holderKey;
  }

  return { drafts, pending, bareTitles };
}

/** "Donetsk region", "Zaporizhzhia Oblast": the head word after a place name belongs to its name. */
function withPlaceHead(text: string, sentence: Sentence, chunk: Chunk): { name: string; span: Span; head: string | null } {
  const after = sentence.tokens[chunk.to];
  const base = stripPossessive(chunk.text);
  if (after && entityCues().placeHeads.has(after.text.toLowerCase())) {
    return { name: text.slice(chunk.start, after.end), span: { start: chunk.start, end: after.end }, head: after.text.toLowerCase() };
  }
  return { name: base, span: { start: chunk.start, end: chunk.start + base.length }, head: null };
}
