import { apiUrls, pageUrls } from '../../../src/serve/urls.ts';
import { getJson } from '../api.ts';
import { el, errorBox, link, muted } from '../dom.ts';
import { entityLink, eventRow, heading } from '../parts.ts';
import type { Route } from '../route.ts';
import type { EntityProfile } from '../types.ts';
import { quoteItem } from './quotes.ts';

/** A person (or body, country, place): roles over time, who they met, their events and quotes. */
export async function entityView(route: Route): Promise<HTMLElement> {
  const id = Number(route.id);
  if (!Number.isSafeInteger(id) || id < 1) return errorBox('not an entity id');
  const r = await getJson<EntityProfile>(apiUrls.entity(id, { limit: 30 }));
  if (!r.ok) return errorBox(r.message);
  const e = r.value;
  const view = el('section', { class: 'entity-page' },
    heading(e.name, el('span', { class: 'muted type' }, ` ${e.type}`)),
    e.names.length > 1 ? el('p', { class: 'muted' }, `Also written: ${e.names.filter((n) => n !== e.name).join(', ')}`) : null,
    el('p', null, `${e.articles} article(s), ${e.eventCount} event(s), ${e.quoteCount} quote(s). `,
      link(pageUrls.articles({ entity: e.id }), null, 'Articles'), ' · ',
      link(pageUrls.timeline({ actor: String(e.id) }), null, 'On the timeline'), ' · ',
      link(pageUrls.network({ sel: e.id }), null, 'In the network')));

  if (e.roles.length > 0) {
    view.append(el('h2', null, 'Roles over time'), el('table', { class: 'roles' },
      el('thead', null, el('tr', null, el('th', null, 'Title'), el('th', null, 'Of'), el('th', null, 'First reported'), el('th', null, 'Last reported'), el('th', null, 'Articles'))),
      el('tbody', null, ...e.roles.map((role) => el('tr', null,
        el('td', null, role.title), el('td', null, role.of ? entityLink(role.of) : ''),
        el('td', null, role.firstReported ?? '?'), el('td', null, role.lastReported ?? '?'), el('td', null, String(role.articles)))))));
  }
  if (e.affiliations.length > 0) {
    view.append(el('h2', null, 'Affiliations'), el('p', null, ...e.affiliations.flatMap((a, i) => [i > 0 ? ', ' : null, entityLink(a), ` (${a.articles})`])));
  }
  if (e.met.length > 0) {
    view.append(el('h2', null, 'Met with'), el('ul', { class: 'met' }, ...e.met.map((m) => el('li', null,
      entityLink(m), el('span', { class: 'muted' }, ` ${m.meetings} meeting(s), ${m.occurred} held`)))));
  }
  view.append(el('h2', null, 'Meetings and other events'));
  if (e.events.length === 0) view.append(muted('None recorded.'));
  view.append(el('ul', { class: 'events' }, ...e.events.map((ev) => eventRow(ev))));
  if (e.eventCount > e.events.length) view.append(link(pageUrls.timeline({ actor: String(e.id) }), null, `All ${e.eventCount} events`));
  view.append(el('h2', null, 'Quotes'));
  if (e.quotes.length === 0) view.append(muted('None recorded.'));
  view.append(el('ul', { class: 'quotes' }, ...e.quotes.map((q) => quoteItem(q))));
  if (e.quoteCount > e.quotes.length) view.append(link(pageUrls.quotes({ speaker: String(e.id) }), null, `All ${e.quoteCount} quotes`));
  return view;
}
