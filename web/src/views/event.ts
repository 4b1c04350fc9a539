import { apiUrls, pageUrls } from '../../../src/serve/urls.ts';
import { getJson } from '../api.ts';
import { el, errorBox, link, muted } from '../dom.ts';
import { actorList, citation, heading, statusBadge, typeChip } from '../parts.ts';
import type { Route } from '../route.ts';
import type { EventDetail } from '../types.ts';
import { disputeList } from './disputed.ts';

/** One event: what, when, who, and every article's account with its evidence, linked to the article. */
export async function eventView(route: Route): Promise<HTMLElement> {
  const id = Number(route.id);
  if (!Number.isSafeInteger(id) || id < 1) return errorBox('not an event id');
  const r = await getJson<EventDetail>(apiUrls.event(id));
  if (!r.ok) return errorBox(r.message);
  const e = r.value;
  const view = el('section', { class: 'event-detail' },
    heading(`Event ${e.id}: `, typeChip(e.type), ' ', statusBadge(e.status)),
    el('dl', { class: 'facts' },
      el('dt', null, 'Date'), el('dd', null, e.date ?? 'undated'),
      el('dt', null, 'Who'), el('dd', null, actorList(e)),
      el('dt', null, 'Where'), el('dd', null, e.place ? link(pageUrls.entity(e.place.id), null, e.place.name) : 'not given'),
      el('dt', null, 'Reported'), el('dd', null, `${e.articles} article(s), ${e.outlets} outlet(s), ${e.firstReported ?? '?'} to ${e.lastReported ?? '?'}`)),
    link(pageUrls.timeline({ type: e.type, from: e.date ?? undefined }), null, 'Events of this type from this date'));
  if (e.history.length > 1) {
    view.append(el('h2', null, 'How the status moved'),
      el('ol', { class: 'history' }, ...e.history.map((h) => el('li', null, `${h.reported ?? 'undated'}: `, statusBadge(h.status), ` (${h.outlet ?? 'unknown outlet'})`))));
  }
  if (e.disputes.length > 0) view.append(el('h2', null, 'Figures in dispute'), disputeList(e.disputes));
  view.append(el('h2', null, 'Sources'));
  if (e.reports.length === 0) view.append(muted('No reports.'));
  view.append(el('ol', { class: 'reports' }, ...e.reports.map((rep) => el('li', { class: 'report', 'data-testid': 'report' },
    citation(rep.article, `event-${e.id}`), ' ', statusBadge(rep.status),
    rep.date ? el('span', { class: 'muted' }, ` dated ${rep.date}`) : null,
    Object.keys(rep.numbers).length ? el('span', { class: 'numbers' }, ` ${Object.entries(rep.numbers).map(([k, v]) => `${k}: ${v}`).join(', ')}`) : null,
    ...rep.evidence.map((ev) => el('blockquote', { class: 'evidence' }, ev.text))))));
  return view;
}
