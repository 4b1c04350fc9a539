/**
 * Time expressions of an article, resolved against its publication date (format: the `times` of
 * shared/spec/extraction-format.md). Finders (chrono-adapter, relative, years) report mentions per
 * sentence; resolve.ts turns them into ISO 8601 values; a clock time takes the day named in its
 * sentence, else the publication date. Rules and limits: README.md.
 */
import type { Span, TimeExpression } from '../../core/types.js';
import { formatClock, formatDay, parseIsoDate, type Ymd } from './calendar.js';
import { chronoMentions } from './chrono-adapter.js';
import { isDeictic, type Mention } from './mention.js';
import { relativeMentions } from './relative.js';
import { resolveAnchor } from './resolve.js';
import { quoteRanges, splitParagraphs, splitSentences } from './segment.js';
import { isFutureClause } from './tense.js';
import { yearMentions } from './years.js';

export interface ExtractTimesOptions {
  /** Paragraph spans of the text (Article.paragraphs); by default, its non-empty lines. */
  readonly paragraphs?: readonly Span[];
}

interface Located {
  readonly mention: Mention;
  readonly sentence: Span;
  readonly quoted: boolean;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const inside = (a: Span, b: Span): boolean => a.start >= b.start && a.end <= b.end;

/** Overlapping finds: the longer one stays ("7 October 2023" over the year "2023"). */
function dropOverlaps(ms: Mention[]): Mention[] {
  const sorted = [...ms].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of sorted) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

function locate(text: string, paragraphs: readonly Span[], ref: Date): Located[] {
  const out: Located[] = [];
  for (const para of paragraphs) {
    const quotes = quoteRanges(text, para);
    for (const sentence of splitSentences(text, para)) {
      const found = dropOverlaps([
        ...chronoMentions(text, sentence, ref),
        ...relativeMentions(text, sentence),
        ...yearMentions(text, sentence),
      ]);
      for (const mention of found) out.push({ mention, sentence, quoted: quotes.some((q) => inside(mention, q)) });
    }
  }
  return out;
}

export function extractTimes(text: string, published: string | null, options: ExtractTimesOptions = {}): TimeExpression[] {
  const pub: Ymd | null = parseIsoDate(published);
  // Chrono needs some reference instant; it is not used for values (resolve.ts computes those).
  const ref = new Date(pub ? Date.UTC(pub.y, pub.m - 1, pub.d, 12) : Date.UTC(2000, 0, 1, 12));
  const located = locate(text, options.paragraphs ?? splitParagraphs(text), ref)
    // "today" or "last week" inside a quotation is relative to when it was said, which is unknown
    .filter((l) => !(l.quoted && isDeictic(l.mention.anchor)));

  // in text order, so that "October 7" takes the year of an earlier "7 October 2023"
  const yearOfDay = new Map<string, number>();
  const values = located.map(({ mention, sentence }) => {
    const a = mention.anchor;
    if (a.kind === 'clock') return null;
    if (a.kind === 'date' && a.year !== null) yearOfDay.set(`${a.month}-${a.day}`, a.year);
    return resolveAnchor(a, { published: pub, yearOfDay, future: isFutureClause(text, sentence, mention) });
  });

  const out: TimeExpression[] = [];
  located.forEach(({ mention, sentence }, i) => {
    let value = values[i] ?? null;
    if (mention.clock) {
      // its own day ("Friday at 10 a.m."), else the day named in its sentence, else publication
      const day = value?.length === 10 ? value : dayOfSentence(located, values, sentence, mention) ?? (pub ? formatDay(pub) : null);
      value = day ? `${day}T${formatClock(mention.clock.hour, mention.clock.minute)}` : null;
    }
    if (value === null) return;
    out.push({ start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), value });
  });
  return out;
}

/**
 * The day named nearest to a clock time in its sentence ("On Thursday … at 3 p.m."); a day that has
 * its own clock ("6:30 p.m. ET on Tuesday") belongs to that one.
 */
function dayOfSentence(located: readonly Located[], values: readonly (string | null)[], sentence: Span, clock: Span): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const [i, l] of located.entries()) {
    const v = values[i];
    if (l.sentence !== sentence || l.mention.clock || !v || v.length !== 10) continue;
    const d = Math.abs(l.mention.start - clock.start);
    if (d < bestDistance) { best = v; bestDistance = d; }
  }
  return best;
}
