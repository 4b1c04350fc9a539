/**
 * Direct and partial quotations with their speakers.
 *
 *   find-quotations  pairs quotation marks (multi-paragraph and nested quotations, apostrophes)
 *   attribute        finds the cue and the phrase naming the speaker
 *   resolve-speaker  turns that phrase into an entity (names, pronouns, "the minister")
 *
 * Speech verbs and cue patterns are data: data/lexicons/quote-cues.json.
 */
import type { Article, Entity, Quote, Span } from '../../core/types.js';
import type { Sentence } from '../nlp/index.js';
import { attribute, boundsOf, ownPreText, previousSentence, type Bounds } from './attribute.js';
import { buildContext, lowerText, type QuoteContext } from './context.js';
import { findQuotations, splitBlocks } from './find-quotations.js';
import { quoteCues } from './lexicon.js';
import { resolveHead, type LastSpeaker, type Speaker } from './resolve-speaker.js';

export interface ExtractedQuote extends Quote {
  /** The attribution words as written ("told reporters", "according to"), or null. */
  readonly cue: string | null;
  /** The mention that decided the speaker (for a pronoun, its antecedent), or null. */
  readonly speakerSpan: Span | null;
}

const wordCount = (s: string): number => s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;

/** A quotation set off as speech rather than a fragment of the reporter's sentence. */
function isDirect(ctx: QuoteContext, qi: number, b: Bounds, postAttributed: boolean): boolean {
  const q = ctx.quotations[qi]!;
  const pre = ownPreText(ctx, qi, b);
  const text = ctx.text.slice(q.start, q.end);
  const capital = /^[\p{Lu}\p{N}…."'“‘[(-]/u.test(text);
  const preOk = pre === '' || pre.endsWith(':') || (capital && (pre.endsWith(',') || lastIsCue(ctx, b)));
  if (!preOk) return false;
  const after = ctx.tokens.slice(b.postFrom, b.postHi).map((t) => t.text).join(' ').trim();
  return /[.!?,…;—–-]$/.test(text) || after === '' || /^[.!?,;—–-]/.test(after) || postAttributed;
}

function lastIsCue(ctx: QuoteContext, b: Bounds): boolean {
  const t = ctx.tokens[b.open - 1];
  return !!t && (quoteCues().cueVerbs.has(t.lemma.toLowerCase()) || quoteCues().cueVerbs.has(lowerText(t)));
}

/** A short capitalised quotation after "the film", "dubbed", "so-called": a name, not speech. */
function isTitle(ctx: QuoteContext, b: Bounds, text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > 6 || !words.every((w, i) => i > 0 && w.length <= 3 || /^[\p{Lu}\p{N}]/u.test(w))) return false;
  const cues = quoteCues().titleCues;
  const before = ctx.tokens.slice(Math.max(b.lo, b.open - 3), b.open).map(lowerText);
  return before.some((w, i) => cues.has(w) || cues.has(`${w} ${before[i + 1] ?? ''}`));
}

export function extractQuotes(article: Article, sentences: readonly Sentence[], entities: readonly Entity[]): ExtractedQuote[] {
  const text = article.text;
  const paragraphs = article.paragraphs.length ? article.paragraphs : [{ start: 0, end: text.length }];
  const blocks = splitBlocks(text, paragraphs);
  const quotations = findQuotations(text, blocks);
  const ctx = buildContext(text, blocks, quotations, sentences, entities);
  const out: ExtractedQuote[] = [];
  // The previous quotation's speaker, kept for "he added" and for unattributed follow-on quotations.
  let last: (LastSpeaker & { lastBlock: number }) | null = null;
  quotations.forEach((q, qi) => {
    const b = boundsOf(ctx, qi);
    const att = attribute(ctx, qi, b);
    const quoteText = text.slice(q.start, q.end);
    const postAttributed = !!att?.cue && att.cue.start > q.close;
    const direct = isDirect(ctx, qi, b, postAttributed);
    let speaker: Speaker = { entity: null, span: null };
    if (att?.head) speaker = resolveHead(ctx, att.head, att.cue?.lemma ?? null, last);
    const explicit = !!att?.cue && !!speaker.entity;
    // A quotation with no attribution of its own, right after another in the same paragraph (or
    // opening the next one), continues that speaker's words: `“A,” X said. “B.”`.
    const own = ownPreText(ctx, qi, b) === '';
    if (!att && direct && last?.speaker.entity
      && (last.lastBlock === q.block || (own && q.open === blocks[q.block]!.start && last.lastBlock === q.block - 1))) {
      speaker = last.speaker;
    } else if (!att && direct && own) {
      // "X said in a statement on Tuesday. “…”": the reporting sentence just before introduces it.
      const before = previousSentence(ctx, qi, b);
      if (before?.head) speaker = resolveHead(ctx, before.head, before.cue?.lemma ?? null, last);
    }
    const words = wordCount(quoteText);
    const kind: Quote['kind'] = direct ? 'direct' : 'partial';
    // Fragments: keep a scare quote only with a clear speaker, a longer fragment only with a cue.
    const keep = !isTitle(ctx, b, quoteText)
      && (kind === 'direct' ? words >= 4 || !!speaker.entity : words >= 4 ? !!att?.cue || !!speaker.entity : explicit);
    if (speaker.entity || att?.cue) last = { speaker, block: q.lastBlock, lastBlock: q.lastBlock };
    if (!keep) return;
    out.push({
      id: `q${out.length + 1}`, start: q.start, end: q.end, text: quoteText,
      speaker: speaker.entity ? speaker.entity.id : null, kind,
      cue: att?.cue ? text.slice(att.cue.start, att.cue.end) : null,
      speakerSpan: speaker.span,
    });
  });
  return out;
}
