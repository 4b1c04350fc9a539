/**
 * The one adapter around wink-nlp: sentences and tokens of the article with character spans into
 * `Article.text`, part of speech and lemma. Nothing else in parley imports wink.
 *
 * wink is fed one paragraph at a time: given a whole article it joins lines that lack final
 * punctuation (headings, datelines) into the next sentence.
 */
import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../../core/types.js';

export interface Token extends Span {
  readonly text: string;
  /** Universal Dependencies tag: PROPN, NOUN, VERB, ADJ, ADP, PUNCT, … */
  readonly pos: string;
  readonly lemma: string;
  /** Index of the token within its sentence. */
  readonly index: number;
}

export interface Sentence extends Span {
  readonly tokens: readonly Token[];
  /** Index of the paragraph the sentence belongs to. */
  readonly paragraph: number;
}

/**
 * Every `analyze` call gets a fresh wink instance, so that its result depends on its arguments
 * only. One shared instance is not pure: wink adds each out-of-vocabulary word it reads to its
 * lexeme cache for good (and new prefix/suffix/shape values to its feature tables), and its
 * tokenizer consults that cache. After one article's "…had been Ukraine's." (kept whole before the
 * full stop), every later "Ukraine's" in any article stayed one token instead of "Ukraine" + "'s",
 * which changed POS tags, entities, quote speakers and events with the order articles came in.
 *
 * `winkNLP(model)` cannot just be called again: each call deep-copies the core model (~80 ms), and
 * the model's `metaCER()` re-stringifies its own result on every call until it throws. So the
 * loaders run once, and each instance gets a fork of the core model where only the tables wink
 * appends to (`features.*.hash`, `.list`, `.index`) are its own; the packed intrinsic lexicon and
 * the rest are read-only and shared. An instance then costs a few ms. The pipe leaves out NER,
 * negation and sentiment, which nothing here reads (the tags and lemmas are the same without them).
 */
interface Feature { hash?: Record<string, number>; list?: unknown[] }
interface CoreModel { features: Record<string, Feature> }
let loaded: { model: Record<string, unknown>; core: CoreModel } | null = null;

function freshEngine(): ReturnType<typeof winkNLP> {
  if (!loaded) {
    const loaders = model as unknown as Record<string, unknown>;
    const once: Record<string, unknown> = { ...loaders };
    for (const name of ['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER']) {
      const value = (loaders[name] as () => unknown)();
      once[name] = () => value;
    }
    loaded = { model: once, core: (loaders['core'] as () => CoreModel)() };
  }
  const pristine = loaded.core;
  const fork = (): CoreModel => {
    const features: Record<string, Feature> = Object.create(null);
    for (const [name, f] of Object.entries(pristine.features)) {
      // The pristine (null-prototype) hash as prototype: lookups fall through to it, additions stay here.
      features[name] = f.hash ? { ...f, hash: Object.create(f.hash) as Record<string, number>, list: f.list?.slice() ?? [] } : f;
    }
    return { ...pristine, features };
  };
  return winkNLP({ ...loaded.model, core: fork } as unknown as typeof model, ['sbd', 'pos']);
}

/** Splits each paragraph span of `text` into sentences of tokens with absolute offsets.
 * A pure function of its arguments: see `freshEngine`. */
export function analyze(text: string, paragraphs: readonly Span[]): Sentence[] {
  const engine = freshEngine();
  const its = engine.its;
  const sentences: Sentence[] = [];
  paragraphs.forEach((para, paragraph) => {
    const slice = text.slice(para.start, para.end);
    const doc = engine.readDoc(slice);
    let cursor = 0;
    doc.sentences().each((s: ItemSentence) => {
      const tokens: Token[] = [];
      s.tokens().each((t: ItemToken) => {
        const word = t.out();
        const at = slice.indexOf(word, cursor);
        // wink is lossless, so the token is always found; guard anyway rather than emit a wrong span.
        if (at < 0) return;
        cursor = at + word.length;
        tokens.push({
          start: para.start + at, end: para.start + cursor, text: word,
          // wink's typings declare `its.lemma` with another signature than `out` accepts; it works at run time.
          pos: t.out(its.pos), lemma: String(t.out(its.lemma as unknown as typeof its.pos)), index: tokens.length,
        });
      });
      const first = tokens[0], last = tokens[tokens.length - 1];
      if (first && last) sentences.push({ start: first.start, end: last.end, tokens, paragraph });
    });
  });
  return sentences;
}
