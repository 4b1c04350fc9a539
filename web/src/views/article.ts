import { apiUrls, pageUrls } from '../../../src/serve/urls.ts';
import { annotatedText, focusMark, type Annotation } from '../annotate.ts';
import { getJson } from '../api.ts';
import { el, errorBox, link, muted } from '../dom.ts';
import { entityLink, heading, statusBadge, typeChip } from '../parts.ts';
import type { Route } from '../route.ts';
import type { ArticleDetail } from '../types.ts';

const ARTICLE_ID = /^sha256:[0-9a-f]{64}$/;

function annotationsOf(a: ArticleDetail): Annotation[] {
  const out: Annotation[] = [];
  for (const e of a.entities) {
    for (const s of e.spans) out.push({ ...s, kind: 'entity', key: `entity-${e.id}`, variant: e.type, label: `${e.type}: ${e.canonical}`, href: pageUrls.entity(e.id) });
  }
  for (const q of a.quotes) out.push({ ...q.span, kind: 'quote', key: `quote-${q.id}`, variant: q.kind, label: `quote${q.speaker ? ` by ${q.speaker.name}` : ''}` });
  for (const v of a.events) {
    for (const s of v.evidence) out.push({ ...s, kind: 'event', key: `event-${v.id}`, variant: v.type, label: `${v.type} event ${v.id} (${v.status})` });
  }
  for (const t of a.times) out.push({ start: t.start, end: t.end, kind: 'time', key: `time-${t.start}`, variant: 'date', label: `date: ${t.value}` });
  return out;
}

/** The article as stored, its entities, quotes and events marked in the text and linked to their pages. */
export async function articleView(route: Route): Promise<HTMLElement> {
  const id = route.id ?? '';
  if (!ARTICLE_ID.test(id)) return errorBox('not an article id');
  const r = await getJson<ArticleDetail>(apiUrls.article(id));
  if (!r.ok) return errorBox(r.message);
  const a = r.value;
  const body = el('div', { class: 'article-text', 'data-testid': 'article-text' }, ...annotatedText(a.text, a.paragraphs, annotationsOf(a)));
  const self = (mark: string): string => pageUrls.article(a.id, { mark });
  const entities = [...new Map(a.entities.map((e) => [e.id, e])).values()].sort((x, y) => x.type.localeCompare(y.type) || x.canonical.localeCompare(y.canonical));
  const side = el('aside', { class: 'annotations' },
    el('h2', null, 'People and places'),
    el('ul', null, ...entities.map((e) => el('li', { class: `e-${e.type}` }, entityLink({ id: e.id, name: e.canonical }), el('span', { class: 'muted' }, ` ${e.type} `),
      link(self(`entity-${e.id}`), { class: 'show', title: 'show in the text' }, '¶')))),
    el('h2', null, 'Quotes'),
    a.quotes.length === 0 ? muted('None found.') : el('ul', null, ...a.quotes.map((q) => el('li', null,
      q.speaker ? entityLink(q.speaker) : el('span', { class: 'muted' }, 'unknown'), ': ', link(self(`quote-${q.id}`), { class: 'show' }, clip(q.text))))),
    el('h2', null, 'Events'),
    a.events.length === 0 ? muted('None found.') : el('ul', null, ...a.events.map((v) => el('li', null,
      typeChip(v.type), ' ', statusBadge(v.status), ' ', link(pageUrls.event(v.id), { class: 'event-link' }, `event ${v.id}${v.date ? `, ${v.date}` : ''}`), ' ',
      link(self(`event-${v.id}`), { class: 'show', title: 'show in the text' }, '¶')))));
  const view = el('article', { class: 'reader' },
    heading(a.title ?? 'Untitled article'),
    el('p', { class: 'muted' }, `${a.outlet ?? 'unknown outlet'}${a.published ? ` · ${a.published}` : ''}${a.language ? ` · ${a.language}` : ''}`),
    el('details', { class: 'sources' }, el('summary', null, `Seen at ${a.sources.length} source(s)`),
      el('ul', null, ...a.sources.map((s) => el('li', null, el('code', null, s.url ?? s.source))))),
    el('p', { class: 'legend' }, el('mark', { class: 'a-entity' }, 'name'), ' ', el('mark', { class: 'a-quote' }, 'quote'), ' ',
      el('mark', { class: 'a-event' }, 'event evidence'), ' ', el('mark', { class: 'a-time' }, 'date')),
    el('div', { class: 'reader-body' }, body, side));
  const mark = route.params.get('mark');
  if (mark) requestAnimationFrame(() => focusMark(body, mark));
  return view;
}

const clip = (s: string): string => (s.length > 90 ? `${s.slice(0, 90)}…` : s);
