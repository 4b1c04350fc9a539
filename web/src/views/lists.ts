import { apiUrls, pageUrls } from '../../../src/serve/urls.ts';
import { getJson } from '../api.ts';
import { append, el, errorBox, field, input, link, muted, select } from '../dom.ts';
import { eventRow, heading, pager } from '../parts.ts';
import { formValues, go, paramsOf, type Route } from '../route.ts';
import type { ArticleSummary, EntitySummary, Page, SearchResult } from '../types.ts';
import { quoteItem } from './quotes.ts';

function entityItem(e: EntitySummary): HTMLElement {
  return el('li', { class: `entity-item e-${e.type}`, 'data-testid': 'entity' },
    link(pageUrls.entity(e.id), { class: 'entity' }, e.name),
    el('span', { class: 'muted' }, ` ${e.type} · ${e.articles} article(s), ${e.events} event(s)`),
    e.names.length > 1 ? el('span', { class: 'muted names' }, ` · also ${e.names.slice(1, 4).join(', ')}`) : null);
}

export async function entitiesView(route: Route): Promise<HTMLElement> {
  const p = route.params;
  const params = paramsOf(route);
  const r = await getJson<Page<EntitySummary>>(apiUrls.entities({ q: params['q'], type: params['type'], offset: params['offset'], limit: 50 }));
  const form = el('form', { class: 'filters', 'aria-label': 'Find people and places' },
    field('Name', input('q', p.get('q'), 'search', 'Kerry')),
    field('Type', select('type', p.get('type'), [['', 'any'], ['person', 'people'], ['organization', 'organizations'], ['country', 'countries'], ['location', 'places']])),
    el('button', { class: 'primary' }, 'Find'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go(pageUrls.entities(formValues(form)));
  });
  const view = el('section', null, heading('People, bodies and places'), form);
  if (!r.ok) return view.appendChild(errorBox(r.message)) && view;
  view.append(el('ul', { class: 'entities' }, ...r.value.items.map(entityItem)), pager(r.value.total, r.value.limit, r.value.offset, pageUrls.entities, params));
  return view;
}

export async function articlesView(route: Route): Promise<HTMLElement> {
  const params = paramsOf(route);
  const entity = params['entity'] !== undefined && /^\d+$/.test(params['entity']) ? params['entity'] : undefined;
  const r = await getJson<Page<ArticleSummary>>(apiUrls.articles({ q: params['q'], entity, offset: params['offset'], limit: 50 }));
  const form = el('form', { class: 'filters', 'aria-label': 'Find articles' }, field('Title', input('q', params['q'] ?? null, 'search')), el('button', { class: 'primary' }, 'Find'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go(pageUrls.articles(formValues(form)));
  });
  const view = el('section', null, heading('Articles'), form);
  if (!r.ok) return view.appendChild(errorBox(r.message)) && view;
  view.append(el('ul', { class: 'articles' }, ...r.value.items.map((a) => el('li', { 'data-testid': 'article' },
    link(pageUrls.article(a.id), { class: 'article-link' }, a.title ?? 'untitled'),
    el('span', { class: 'muted' }, ` — ${a.outlet ?? '?'}, ${a.published ?? 'undated'} · ${a.entities} entities, ${a.quotes} quotes, ${a.events} events`)))),
  pager(r.value.total, r.value.limit, r.value.offset, pageUrls.articles, params));
  return view;
}

/** The header's search box: entities, quotes and events at once, each section linking to its full list. */
export async function searchView(route: Route): Promise<HTMLElement> {
  const q = route.params.get('q')?.trim() ?? '';
  const view = el('section', null, heading(q ? `Search: ${q}` : 'Search'));
  if (q === '') return view.appendChild(muted('Type in the search box above.')) && view;
  const r = await getJson<SearchResult>(apiUrls.search({ q, limit: 10 }));
  if (!r.ok) return view.appendChild(errorBox(r.message)) && view;
  const s = r.value;
  append(view, [
    el('h2', null, `People, bodies, places (${s.entities.total})`),
    s.entities.items.length ? el('ul', { class: 'entities' }, ...s.entities.items.map(entityItem)) : muted('None.'),
    s.entities.total > s.entities.items.length ? link(pageUrls.entities({ q }), null, 'All matches') : null,
    el('h2', null, `Quotes (${s.quotes.total})`),
    s.quotes.items.length ? el('ul', { class: 'quotes' }, ...s.quotes.items.map(quoteItem)) : muted('None.'),
    s.quotes.total > s.quotes.items.length ? link(pageUrls.quotes({ q }), null, 'All quotes') : null,
    el('h2', null, `Events (${s.events.total})`),
    s.events.items.length ? el('ul', { class: 'events' }, ...s.events.items.map((e) => eventRow(e))) : muted('None.'),
    s.events.total > s.events.items.length ? link(pageUrls.timeline({ q }), null, 'All events') : null]);
  return view;
}
