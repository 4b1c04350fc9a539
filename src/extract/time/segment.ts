import type { Span } from '../../core/types.js';
import { timeLexicon } from './lexicon.js';

/** Lines of the text (the clean stage puts one paragraph per line or per blank-line block). */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Quoted stretches of one paragraph (curly or straight double quotes); an unclosed quote runs to the end. */
export function quoteRanges(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = para.start; i < para.end; i++) {
    const c = text[i];
    if (c === '“' || (c === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((c === '”' || c === '"') && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: para.end });
  return out;
}

/**
 * Sentences of one paragraph. Chrono is run per sentence so that a time at the end of one sentence
 * is not merged with a date that opens the next ("at 12:30 p.m. On Thursday, …"). Runs of two or
 * more spaces also split: flattened texts use them between paragraphs.
 */
export function splitSentences(text: string, para: Span): Span[] {
  const lex = timeLexicon();
  const abbrev = new Set(lex.words.abbreviations);
  const dayOrMonth = new RegExp(`^(?:${lex.alt([...lex.words.weekdayNames, ...lex.words.monthNames])})\\b`, 'i');
  const cuts: number[] = [];
  const boundary = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[A-Z0-9])|[ \t\u00a0]{2,}/g;
  const body = text.slice(para.start, para.end);
  for (let m = boundary.exec(body); m; m = boundary.exec(body)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.')) {
      const word = /([A-Za-z.]+)\.$/.exec(body.slice(Math.max(0, m.index - 12), m.index + 1))?.[1]?.toLowerCase() ?? '';
      const next = body.slice(end).trimStart();
      const clockAbbrev = word === 'a.m' || word === 'p.m';
      // "10 a.m. Monday" continues; "10 a.m. On Thursday" starts a new sentence.
      if (clockAbbrev && (dayOrMonth.test(next) || /^[A-Z]{2,}\b/.test(next))) continue;
      if (!clockAbbrev && (abbrev.has(word) || /^[A-Za-z]$/.test(word))) continue;
    }
    cuts.push(para.start + end);
  }
  const out: Span[] = [];
  let start = para.start;
  for (const cut of [...cuts, para.end]) {
    let s = start;
    let e = cut;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e });
    start = cut;
  }
  return out;
}
