import { apiUrls, pageUrls } from '../../../src/serve/urls.ts';
import { getJson } from '../api.ts';
import { el, errorBox, field, input, link, muted, select } from '../dom.ts';
import { eventRow, heading, pager, PLOVER, STATUSES, typeChip } from '../parts.ts';
import { formValues, go, paramsOf, type Route } from '../route.ts';
import type { Page, Timeline, UpcomingEvent } from '../types.ts';

const FILTERS = ['actor', 'type', 'place', 'from', 'to', 'status', 'q'] as const;

/** The negotiation as a timeline: events by date, coloured by type, planned ones hollow; what is ahead on top. */
export async function timelineView(route: Route): Promise<HTMLElement> {
  const p = route.params;
  const filters = paramsOf(route, ['asof']);
  const asOf = p.get('asof') ?? new Date().toISOString().slice(0, 10);
  const [timeline, ahead] = await Promise.all([
    getJson<Timeline>(apiUrls.timeline({ ...pick(filters), limit: 100 })),
    getJson<Page<UpcomingEvent>>(apiUrls.upcoming({ from: asOf, limit: 8 })),
  ]);

  const form = el('form', { class: 'filters', 'aria-label': 'Filter the timeline' },
    field('Actor', input('actor', p.get('actor'), 'text', 'name or id')),
    field('Type', select('type', p.get('type'), [['', 'any type'], ...PLOVER.map((t) => [t, t] as const)])),
    field('Status', select('status', p.get('status'), [['', 'any status'], ...STATUSES.map((s) => [s, s] as const)])),
    field('Place', input('place', p.get('place'), 'text', 'name or id')),
    field('From', input('from', p.get('from'), 'text', 'YYYY-MM-DD')),
    field('To', input('to', p.get('to'), 'text', 'YYYY-MM-DD')),
    field('Words', input('q', p.get('q'), 'search', 'in the evidence')),
    el('button', { class: 'primary' }, 'Show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go(pageUrls.timeline({ ...formValues(form), asof: p.get('asof') ?? undefined }));
  });

  const view = el('section', { class: 'timeline' }, heading('Timeline'), form, aheadPanel(ahead, asOf, filters));
  if (!timeline.ok) {
    view.append(errorBox(timeline.message));
    return view;
  }
  const t = timeline.value;
  view.append(legend());
  if (t.days.length === 0) view.append(muted('No events match these filters.'));
  const days = el('ol', { class: 'days' });
  for (const day of t.days) {
    days.append(el('li', { class: 'day' },
      el('h2', { class: 'date' }, day.date ?? 'undated'),
      el('ul', { class: 'events' }, ...day.items.map((e) => eventRow(e)))));
  }
  view.append(days, pager(t.total, t.limit, t.offset, pageUrls.timeline, filters));
  return view;
}

function pick(values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of [...FILTERS, 'offset']) if (values[k] !== undefined) out[k] = values[k]!;
  return out;
}

/** Planned meetings and deadlines after a date, at a glance; the date is part of the URL. */
function aheadPanel(ahead: Awaited<ReturnType<typeof getJson<Page<UpcomingEvent>>>>, asOf: string, filters: Record<string, string>): HTMLElement {
  const box = el('aside', { class: 'ahead', 'aria-label': 'Ahead' }, el('h2', null, `Ahead of ${asOf}`));
  if (!ahead.ok) {
    box.append(errorBox(ahead.message));
    return box;
  }
  if (ahead.value.items.length === 0) box.append(muted('No planned meetings or deadlines after this date in the record.'));
  box.append(el('ul', { class: 'events compact' }, ...ahead.value.items.map((e) =>
    eventRow(e, el('span', { class: `kind k-${e.kind}` }, e.kind === 'deadline' ? 'deadline' : 'planned')))));
  if (ahead.value.total > ahead.value.items.length) box.append(muted(`and ${ahead.value.total - ahead.value.items.length} more`));
  const dateInput = input('asof', asOf, 'text', 'YYYY-MM-DD');
  const form = el('form', { class: 'inline' }, field('As of', dateInput), el('button', null, 'Look ahead'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go(pageUrls.timeline({ ...filters, asof: dateInput.value.trim() || undefined }));
  });
  box.append(form, link(pageUrls.timeline({ status: 'planned' }), null, 'All planned events'));
  return box;
}

function legend(): HTMLElement {
  return el('details', { class: 'legend' }, el('summary', null, 'Legend'),
    el('p', null, 'Colour: the event type (PLOVER). Filled: took place. Hollow, dashed: planned. Struck through: cancelled. Faded: hypothetical.'),
    el('p', null, ...['CONSULT', 'AGREE', 'REQUEST', 'THREATEN', 'ASSAULT', 'SANCTION'].flatMap((t) => [typeChip(t), ' '])));
}
