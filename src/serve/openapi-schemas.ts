/**
 * Response and request shapes for the OpenAPI document, written out by hand as JSON Schema, one
 * per type the routes answer with (the TypeScript types live beside their queries).
 */
type Schema = Readonly<Record<string, unknown>>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const nullable = (s: Schema): Schema => ({ oneOf: [s, { type: 'null' }] });
const obj = (properties: Record<string, Schema>, required: readonly string[] = Object.keys(properties)): Schema =>
  ({ type: 'object', properties, required });
const arr = (items: Schema): Schema => ({ type: 'array', items });
const page = (item: string): Schema => obj({ total: int, limit: int, offset: int, items: arr(ref(item)) });
const span = obj({ start: int, end: int });
const entityRef = obj({ id: int, name: str, type: str });
const articleRef = obj({ id: str, title: nullable(str), outlet: nullable(str), url: nullable(str), published: nullable(str) });

export const SCHEMAS: Readonly<Record<string, Schema>> = {
  Error: obj({
    ok: { type: 'boolean', const: false },
    code: { ...str, description: 'Stable code, e.g. serve/bad-param, query/not-found.' },
    error: { ...str, description: 'One line a person can act on.' },
    status: int,
  }),
  Span: span,
  ArticleRef: articleRef,
  EventSummary: obj({
    id: int, type: { ...str, description: 'PLOVER type.' }, status: str, date: nullable(str),
    place: nullable(obj({ id: int, name: str })),
    actors: arr(obj({ id: int, name: str, type: str, side: { type: 'string', enum: ['source', 'target'] } })),
    articles: int, outlets: int, firstReported: nullable(str), lastReported: nullable(str),
  }),
  EventPage: page('EventSummary'),
  Timeline: obj({ total: int, limit: int, offset: int, days: arr(obj({ date: nullable(str), items: arr(ref('EventSummary')) })) }),
  EventDetail: {
    allOf: [ref('EventSummary'), obj({
      reports: arr(obj({
        article: ref('ArticleRef'), localId: str, status: str, date: nullable(str), place: nullable(obj({ id: int, name: str })),
        numbers: { type: 'object', additionalProperties: { type: 'number' } },
        evidence: arr(obj({ start: int, end: int, text: str })), confidence: { type: 'number' }, reported: nullable(str),
      })),
      history: arr(obj({ reported: nullable(str), status: str, article: str, outlet: nullable(str) })),
      disputes: arr(ref('DisputedFact')),
    })],
  },
  UpcomingPage: page('UpcomingEvent'),
  UpcomingEvent: { allOf: [ref('EventSummary'), obj({ kind: { type: 'string', enum: ['planned', 'deadline'] } })] },
  DisputedFact: obj({ key: str, values: arr(obj({ value: { type: 'number' }, sources: arr(ref('ArticleRef')) })) }),
  DisputedPage: page('DisputedEvent'),
  DisputedEvent: obj({ event: ref('EventSummary'), facts: arr(ref('DisputedFact')) }),
  Network: obj({
    type: str,
    nodes: arr(obj({ id: int, name: str, type: str, weight: int })),
    edges: arr(obj({ source: int, target: int, weight: int, occurred: int })),
    totalEdges: int,
  }),
  EntitySummary: obj({ id: int, type: str, name: str, ref: nullable(str), names: arr(str), articles: int, events: int }),
  EntityPage: page('EntitySummary'),
  EntityProfile: obj({
    id: int, type: str, name: str, ref: nullable(str), names: arr(str), articles: int,
    roles: arr(obj({ title: str, of: nullable(entityRef), firstReported: nullable(str), lastReported: nullable(str), articles: int })),
    affiliations: arr(obj({ id: int, name: str, type: str, articles: int })),
    quotes: arr(ref('QuoteItem')), quoteCount: int,
    events: arr({ allOf: [ref('EventSummary'), obj({ side: str })] }), eventCount: int,
    met: arr(obj({ id: int, name: str, type: str, meetings: int, occurred: int })),
  }),
  QuoteItem: obj({
    id: int, text: str, kind: str, cue: nullable(str), speaker: nullable(obj({ id: int, name: str })),
    article: ref('ArticleRef'), span,
  }),
  QuotePage: page('QuoteItem'),
  SearchResult: obj({
    q: str,
    entities: obj({ total: int, items: arr(ref('EntitySummary')) }),
    quotes: obj({ total: int, items: arr(ref('QuoteItem')) }),
    events: obj({ total: int, items: arr(ref('EventSummary')) }),
  }),
  ArticleSummary: obj({
    id: str, title: nullable(str), outlet: nullable(str), published: nullable(str), url: nullable(str), language: nullable(str),
    entities: int, quotes: int, events: int,
  }),
  ArticlePage: page('ArticleSummary'),
  ArticleDetail: obj({
    id: str, title: nullable(str), outlet: nullable(str), published: nullable(str), url: nullable(str), language: nullable(str),
    text: str, paragraphs: arr(span),
    sources: arr(obj({ source: str, url: nullable(str), outlet: nullable(str), published: nullable(str) })),
    entities: arr(obj({ localId: str, id: int, type: str, name: str, canonical: str, spans: arr(span) })),
    quotes: arr(obj({ localId: str, id: int, text: str, kind: str, speaker: nullable(obj({ id: int, name: str })), span })),
    events: arr(obj({ localId: str, id: int, type: str, status: str, date: nullable(str), evidence: arr(span) })),
    times: arr(obj({ start: int, end: int, value: str })),
  }),
  Stats: { type: 'object', additionalProperties: true, description: 'Counts of articles, sources, entities (by type), mentions, events, reports, quotes, disputed facts.' },
  IngestRequest: {
    type: 'object',
    description: 'A URL to fetch, or the page itself: exactly one of html or text, with url, published and title as hints.',
    properties: { url: { ...str, format: 'uri' }, html: str, text: str, published: { ...str, description: 'ISO date or date-time.' }, title: str },
    additionalProperties: false,
  },
  OpenApi: { type: 'object', description: 'An OpenAPI 3.1 document.' },
  IngestResult: obj({
    ok: { type: 'boolean', const: true },
    stored: arr(obj({
      id: str, title: nullable(str), article: { type: 'string', enum: ['new', 'known'] }, events: int, quotes: int,
      links: obj({ api: str, page: str }),
    })),
    failed: arr(obj({ code: str, message: str })),
  }),
};
