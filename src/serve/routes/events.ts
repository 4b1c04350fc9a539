import type { Hono } from 'hono';
import type { Db } from '../../store/db.js';
import { disputed, eventDetail, PLOVER_TYPES, STATUSES, timeline, upcoming, type EventSummary, type TimelineFilters } from '../../store/queries/index.js';
import { answer } from '../answer.js';
import { actorNetwork } from '../queries/network.js';
import { dateParam, enumParam, idParam, opt, PAGING, str, textParam, type ParamSpec, type ParamValues } from '../params.js';
import { addRoute, type RouteSpec } from '../route.js';

export const EVENT_FILTERS: readonly ParamSpec[] = [
  textParam('actor', 'Entity id or any name the actor was seen under.'),
  enumParam('type', 'PLOVER event type.', PLOVER_TYPES),
  textParam('place', 'Location entity id or name.'),
  dateParam('from', 'Events dated on or after (YYYY, YYYY-MM or YYYY-MM-DD).'),
  dateParam('to', 'Events dated on or before.'),
  textParam('q', "Words in an event's evidence or in a reporting article's title."),
  enumParam('status', 'Status in the latest report.', STATUSES),
  ...PAGING,
];

const timelineFilters = (p: ParamValues): TimelineFilters => ({
  ...opt('actor', str(p['actor'])), ...opt('type', str(p['type'])), ...opt('place', str(p['place'])),
  ...opt('from', str(p['from'])), ...opt('to', str(p['to'])), ...opt('text', str(p['q'])), ...opt('status', str(p['status'])),
  ...opt('limit', p['limit']), ...opt('offset', p['offset']),
});

/** Events of a page grouped by their date, in order: the shape a timeline draws. Undated last. */
export function groupByDate(items: readonly EventSummary[]): { date: string | null; items: EventSummary[] }[] {
  const days: { date: string | null; items: EventSummary[] }[] = [];
  for (const e of items) {
    const last = days[days.length - 1];
    if (last !== undefined && last.date === e.date) last.items.push(e);
    else days.push({ date: e.date, items: [e] });
  }
  return days;
}

const ok = (description: string, schema: string): RouteSpec['responses'] => ({
  200: { description, schema },
  400: { description: 'A parameter is missing, unknown or malformed.', schema: 'Error' },
});

export function registerEventRoutes(app: Hono, registry: RouteSpec[], db: Db): void {
  addRoute(app, registry, {
    method: 'get', path: '/api/timeline', tag: 'events', summary: 'Events in date order, grouped by date',
    params: EVENT_FILTERS, responses: ok('A page of events grouped by date.', 'Timeline'),
  }, async (c, p) => {
    const r = await timeline(db, timelineFilters(p));
    if (!r.ok) return answer(c, r);
    const { items, ...page } = r.value;
    return c.json({ ...page, days: groupByDate(items) });
  });

  addRoute(app, registry, {
    method: 'get', path: '/api/events', tag: 'events', summary: 'Events, filtered like the timeline',
    params: EVENT_FILTERS, responses: ok('A page of events.', 'EventPage'),
  }, async (c, p) => answer(c, await timeline(db, timelineFilters(p))));

  addRoute(app, registry, {
    method: 'get', path: '/api/events/{id}', tag: 'events', summary: 'One event with every report, its evidence and status history',
    params: [idParam('event')],
    responses: { ...ok('The event.', 'EventDetail'), 404: { description: 'No event with this id.', schema: 'Error' } },
  }, async (c, p) => answer(c, await eventDetail(db, Number(p['id']))));

  addRoute(app, registry, {
    method: 'get', path: '/api/upcoming', tag: 'events', summary: 'Planned events and deadlines ahead',
    params: [dateParam('from', 'Ahead of this date (default: today, UTC).'), dateParam('to', 'Up to this date.'), ...PAGING],
    responses: ok('A page of upcoming events.', 'UpcomingPage'),
  }, async (c, p) => answer(c, await upcoming(db, {
    ...opt('from', str(p['from'])), ...opt('to', str(p['to'])), ...opt('limit', p['limit']), ...opt('offset', p['offset']),
  })));

  addRoute(app, registry, {
    method: 'get', path: '/api/disputed', tag: 'events', summary: 'Events whose reports disagree on a figure',
    params: [
      { name: 'event', in: 'query', description: 'Only this event.', schema: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER } },
      enumParam('type', 'PLOVER event type.', PLOVER_TYPES), ...PAGING,
    ],
    responses: ok('A page of disputed events with the figures in dispute.', 'DisputedPage'),
  }, async (c, p) => answer(c, await disputed(db, {
    ...opt('event', p['event']), ...opt('type', str(p['type'])), ...opt('limit', p['limit']), ...opt('offset', p['offset']),
  })));

  addRoute(app, registry, {
    method: 'get', path: '/api/network', tag: 'events', summary: 'Actor network: who took part in events with whom',
    params: [
      { ...enumParam('type', 'Event type linking actors (default CONSULT: meetings, talks, visits).', PLOVER_TYPES), schema: { type: 'string', enum: PLOVER_TYPES, default: 'CONSULT' } },
      dateParam('from', 'Events dated on or after.'), dateParam('to', 'Events dated on or before.'),
      { name: 'min', in: 'query', description: 'Keep pairs with at least this many events.', schema: { type: 'integer', minimum: 1, maximum: 1000, default: 1 } },
      { name: 'limit', in: 'query', description: 'The heaviest pairs kept, 1 to 500.', schema: { type: 'integer', minimum: 1, maximum: 500, default: 150 } },
    ],
    responses: ok('Nodes and weighted edges.', 'Network'),
  }, async (c, p) => answer(c, await actorNetwork(db, {
    type: String(p['type']), min: Number(p['min']), limit: Number(p['limit']), ...opt('from', str(p['from'])), ...opt('to', str(p['to'])),
  })));
}
