import { apiUrls, pageUrls } from '../../src/serve/urls.ts';
import { getJson } from './api.ts';
import { clear, el, errorBox, link } from './dom.ts';
import { currentRoute, go, type Route } from './route.ts';
import type { Stats } from './types.ts';
import { articleView } from './views/article.ts';
import { disputedView } from './views/disputed.ts';
import { entityView } from './views/entity.ts';
import { eventView } from './views/event.ts';
import { articlesView, entitiesView, searchView } from './views/lists.ts';
import { networkView } from './views/network.ts';
import { quotesView } from './views/quotes.ts';
import { timelineView } from './views/timeline.ts';

type View = (route: Route) => Promise<HTMLElement>;

/** Each hash route's view: a list without an id, one item with. */
const VIEWS: Readonly<Record<string, { list: View; item?: View }>> = {
  timeline: { list: timelineView },
  events: { list: timelineView, item: eventView },
  entities: { list: entitiesView, item: entityView },
  quotes: { list: quotesView },
  articles: { list: articlesView, item: articleView },
  network: { list: networkView },
  disputed: { list: disputedView },
  search: { list: searchView },
};

const NAV: readonly (readonly [string, string])[] = [
  ['timeline', pageUrls.timeline()],
  ['network', pageUrls.network()],
  ['people', pageUrls.entities({ type: 'person' })],
  ['quotes', pageUrls.quotes()],
  ['articles', pageUrls.articles()],
  ['disputed', pageUrls.disputed()],
];

let rendering = 0;

async function render(): Promise<void> {
  const route = currentRoute();
  const main = document.getElementById('view')!;
  const ticket = ++rendering;
  const entry = VIEWS[route.view];
  document.querySelectorAll('#nav a').forEach((a) => a.removeAttribute('aria-current'));
  document.querySelector(`#nav a[data-view="${route.view === 'entities' ? 'people' : route.view === 'events' ? 'timeline' : route.view}"]`)?.setAttribute('aria-current', 'page');
  main.setAttribute('aria-busy', 'true');
  let node: HTMLElement;
  try {
    node = entry === undefined ? errorBox(`no view "${route.view}"`) : await (route.id !== null && entry.item ? entry.item(route) : entry.list(route));
  } catch (e) {
    node = errorBox(`this view failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (ticket !== rendering) return; // a later navigation won the race
  clear(main);
  main.append(node);
  main.removeAttribute('aria-busy');
  document.title = `parley · ${main.querySelector('h1')?.textContent ?? route.view}`;
  if (!route.params.has('mark')) window.scrollTo(0, 0);
}

function setUp(): void {
  const nav = document.getElementById('nav')!;
  for (const [name, href] of NAV) nav.append(link(href, { 'data-view': name }, name), ' ');
  const form = document.getElementById('search') as HTMLFormElement;
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = (form.elements.namedItem('q') as HTMLInputElement).value.trim();
    if (q) go(pageUrls.search({ q }));
  });
  void getJson<Stats>(apiUrls.stats()).then((s) => {
    const out = document.getElementById('stats');
    if (s.ok && out) out.append(el('span', null, `The record: ${s.value.articles} articles, ${s.value.entities} entities, ${s.value.events} events, ${s.value.quotes} quotes. `), link('/openapi.json', null, 'API'));
  });
  window.addEventListener('hashchange', () => void render());
  if (location.hash === '') history.replaceState(null, '', pageUrls.timeline());
  void render();
}

setUp();
