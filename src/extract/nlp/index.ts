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

let nlp: ReturnType<typeof winkNLP> | null = null;
// Loading the model takes ~100 ms; do it once, on first use, not at import.
const load = (): ReturnType<typeof winkNLP> => (nlp ??= winkNLP(model));

/** Splits each paragraph span of `text` into sentences of tokens with absolute offsets. */
export function analyze(text: string, paragraphs: readonly Span[]): Sentence[] {
  const engine = load();
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
