/**
 * An article's text with its annotations as DOM: every span becomes `<mark>` elements around text
 * nodes. Spans overlap (a name inside a quote inside an event's evidence), so the text is cut at
 * every span edge and each piece carries the classes of all spans covering it.
 */
import { el, link } from './dom.ts';
import type { Span } from './types.ts';

export interface Annotation extends Span {
  readonly kind: 'entity' | 'quote' | 'event' | 'time';
  /** `entity-5`, `quote-12`, `event-3`: what a `mark` parameter names. */
  readonly key: string;
  /** Extra class, e.g. the entity type or the event type. */
  readonly variant: string;
  readonly label: string;
  /** Entities link their pieces to the entity page; made by the url builder. */
  readonly href?: string;
}

const rank = (a: Annotation): number => a.end - a.start;

function piece(text: string, covering: readonly Annotation[], firsts: readonly Annotation[]): Node {
  if (covering.length === 0) return document.createTextNode(text);
  const classes = [...new Set(covering.flatMap((a) => [`a-${a.kind}`, `${a.kind[0]}-${a.variant}`]))];
  const mark = el('mark', { class: classes.join(' '), title: covering.map((a) => a.label).join(' · '), 'data-keys': covering.map((a) => a.key).join(' ') });
  if (firsts.length > 0) mark.setAttribute('data-first', firsts.map((a) => a.key).join(' '));
  // The shortest entity covering the piece is the one a click should open.
  const entity = covering.filter((a) => a.kind === 'entity' && a.href !== undefined).sort((x, y) => rank(x) - rank(y))[0];
  mark.append(entity?.href ? link(entity.href, { class: 'mention' }, text) : text);
  return mark;
}

/** One paragraph `<p>` per paragraph span, annotations cut to fit. */
export function annotatedText(text: string, paragraphs: readonly Span[], annotations: readonly Annotation[]): HTMLElement[] {
  const paras = paragraphs.length > 0 ? paragraphs : splitParagraphs(text);
  const seen = new Set<string>();
  return paras.map((p) => {
    const inside = annotations.filter((a) => a.start < p.end && a.end > p.start && a.end > a.start);
    const cuts = new Set<number>([p.start, p.end]);
    for (const a of inside) {
      cuts.add(Math.max(a.start, p.start));
      cuts.add(Math.min(a.end, p.end));
    }
    const points = [...cuts].sort((x, y) => x - y);
    const para = el('p');
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!, to = points[i + 1]!;
      const covering = inside.filter((a) => a.start <= from && a.end >= to);
      const firsts = covering.filter((a) => !seen.has(a.key));
      for (const a of firsts) seen.add(a.key);
      para.append(piece(text.slice(from, to), covering, firsts));
    }
    return para;
  });
}

function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

/** Highlights every piece of one annotation and scrolls to its first. */
export function focusMark(root: HTMLElement, key: string): void {
  let first: Element | null = null;
  root.querySelectorAll('mark').forEach((m) => {
    const keys = (m.getAttribute('data-keys') ?? '').split(' ');
    if (!keys.includes(key)) return;
    m.classList.add('focus');
    if (first === null) first = m;
  });
  const target = first as Element | null;
  target?.scrollIntoView({ block: 'center' });
}
