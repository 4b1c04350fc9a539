import { apiUrls, pageUrls } from '../../../src/serve/urls.ts';
import { getJson } from '../api.ts';
import { el, errorBox, muted } from '../dom.ts';
import { citation, eventRow, heading, pager } from '../parts.ts';
import { paramsOf, type Route } from '../route.ts';
import type { DisputedFact, EventSummary, Page } from '../types.ts';

/** Figures the articles disagree on, each value with who gave it: never averaged. */
export function disputeList(facts: readonly DisputedFact[]): HTMLElement {
  return el('ul', { class: 'disputes' }, ...facts.map((f) => el('li', null,
    el('strong', null, f.key), ': ',
    el('ul', null, ...f.values.map((v) => el('li', null, el('span', { class: 'figure' }, String(v.value)), ' according to ',
      ...v.sources.flatMap((s, i) => [i > 0 ? '; ' : null, citation(s)])))))));
}

export async function disputedView(route: Route): Promise<HTMLElement> {
  const params = paramsOf(route);
  const r = await getJson<Page<{ event: EventSummary; facts: DisputedFact[] }>>(apiUrls.disputed({ offset: params['offset'], limit: 50 }));
  const view = el('section', null, heading('Disputed facts'),
    muted('Events whose reports give different figures (killed, wounded, released…), with the articles behind each value.'));
  if (!r.ok) return view.appendChild(errorBox(r.message)) && view;
  if (r.value.items.length === 0) view.append(muted('No disputed figures in the record.'));
  view.append(el('ul', { class: 'events' }, ...r.value.items.map((d) => el('li', { class: 'disputed' },
    el('ul', { class: 'events compact' }, eventRow(d.event)), disputeList(d.facts)))));
  view.append(pager(r.value.total, r.value.limit, r.value.offset, pageUrls.disputed, params));
  return view;
}
