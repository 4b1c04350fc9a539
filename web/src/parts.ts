/** Pieces several views share: an event line, actor links, a pager, a source citation. */
import { pageUrls, type QueryValues } from '../../src/serve/urls.ts';
import { el, link, type Child } from './dom.ts';
import type { ArticleRef, EventSummary } from './types.ts';

export const PLOVER: readonly string[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'ACCUSE', 'REQUEST',
  'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT',
];
export const STATUSES: readonly string[] = ['occurred', 'planned', 'cancelled', 'hypothetical'];

/** Type as a coloured chip; the colour comes from a class, never from data. */
export function typeChip(type: string): HTMLElement {
  const known = PLOVER.includes(type) ? type : 'OTHER';
  return el('span', { class: `chip t-${known}` }, type);
}

export function statusBadge(status: string): HTMLElement {
  const known = STATUSES.includes(status) ? status : 'other';
  return el('span', { class: `status s-${known}` }, status);
}

export function entityLink(e: { id: number; name: string }): HTMLAnchorElement {
  return link(pageUrls.entity(e.id), { class: 'entity' }, e.name);
}

export function actorList(e: EventSummary): HTMLElement {
  const sources = e.actors.filter((a) => a.side === 'source');
  const targets = e.actors.filter((a) => a.side === 'target');
  const list = (xs: typeof sources): Child[] => xs.flatMap((a, i) => [i > 0 ? ', ' : null, entityLink(a)]);
  return el('span', { class: 'actors' }, ...list(sources), targets.length && sources.length ? ' → ' : null, ...list(targets));
}

/** One event as a list row: type, status, date, who, where, how many sources; the row links to the event. */
export function eventRow(e: EventSummary, extra: Child = null): HTMLElement {
  return el('li', { class: `event s-${STATUSES.includes(e.status) ? e.status : 'other'}`, 'data-testid': 'event' },
    typeChip(e.type), ' ', statusBadge(e.status), ' ', extra,
    link(pageUrls.event(e.id), { class: 'event-link' }, `${e.date ?? 'undated'} · event ${e.id}`), ' ',
    actorList(e),
    e.place ? el('span', { class: 'place' }, ' in ', link(pageUrls.entity(e.place.id), null, e.place.name)) : null,
    el('span', { class: 'muted' }, ` · ${e.articles} article${e.articles === 1 ? '' : 's'}, ${e.outlets} outlet${e.outlets === 1 ? '' : 's'}`),
  );
}

export function citation(a: ArticleRef, mark?: string): HTMLElement {
  return el('span', { class: 'cite' },
    link(pageUrls.article(a.id, mark ? { mark } : {}), { class: 'article-link' }, a.title ?? 'untitled article'),
    el('span', { class: 'muted' }, ` — ${a.outlet ?? 'unknown outlet'}${a.published ? `, ${a.published}` : ''}`));
}

/** Previous/next links that keep every other parameter of the view. */
export function pager(total: number, limit: number, offset: number, make: (q: QueryValues) => string, params: Record<string, string>): HTMLElement {
  const nav = el('nav', { class: 'pager', 'aria-label': 'Pages' });
  const last = Math.min(offset + limit, total);
  nav.append(el('span', { class: 'muted' }, total === 0 ? 'nothing found' : `${offset + 1}–${last} of ${total}`));
  if (offset > 0) nav.append(' ', link(make({ ...params, offset: Math.max(0, offset - limit) || undefined }), { class: 'prev' }, '← previous'));
  if (last < total) nav.append(' ', link(make({ ...params, offset: offset + limit }), { class: 'next' }, 'next →'));
  return nav;
}

export const heading = (text: string, ...rest: Child[]): HTMLElement => el('h1', null, text, ...rest);
