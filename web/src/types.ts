/** The API's answers as this page reads them (the server's types live beside its queries; /openapi.json describes them). */
export interface Page<T> { total: number; limit: number; offset: number; items: T[] }
export interface Ref { id: number; name: string; type?: string }
export interface ArticleRef { id: string; title: string | null; outlet: string | null; url: string | null; published: string | null }
export interface Span { start: number; end: number }

export interface EventSummary {
  id: number; type: string; status: string; date: string | null;
  place: { id: number; name: string } | null;
  actors: { id: number; name: string; type: string; side: 'source' | 'target' }[];
  articles: number; outlets: number; firstReported: string | null; lastReported: string | null;
}
export interface Timeline { total: number; limit: number; offset: number; days: { date: string | null; items: EventSummary[] }[] }
export interface UpcomingEvent extends EventSummary { kind: 'planned' | 'deadline' }
export interface DisputedFact { key: string; values: { value: number; sources: ArticleRef[] }[] }
export interface EventDetail extends EventSummary {
  reports: {
    article: ArticleRef; localId: string; status: string; date: string | null; place: { id: number; name: string } | null;
    numbers: Record<string, number>; evidence: { start: number; end: number; text: string }[]; confidence: number; reported: string | null;
  }[];
  history: { reported: string | null; status: string; article: string; outlet: string | null }[];
  disputes: DisputedFact[];
}
export interface QuoteItem {
  id: number; text: string; kind: string; cue: string | null; speaker: { id: number; name: string } | null; article: ArticleRef; span: Span;
}
export interface EntitySummary { id: number; type: string; name: string; ref: string | null; names: string[]; articles: number; events: number }
export interface EntityProfile {
  id: number; type: string; name: string; ref: string | null; names: string[]; articles: number;
  roles: { title: string; of: Ref | null; firstReported: string | null; lastReported: string | null; articles: number }[];
  affiliations: (Ref & { articles: number })[];
  quotes: QuoteItem[]; quoteCount: number;
  events: (EventSummary & { side: string })[]; eventCount: number;
  met: (Ref & { meetings: number; occurred: number })[];
}
export interface ArticleSummary {
  id: string; title: string | null; outlet: string | null; published: string | null; url: string | null; language: string | null;
  entities: number; quotes: number; events: number;
}
export interface ArticleDetail {
  id: string; title: string | null; outlet: string | null; published: string | null; url: string | null; language: string | null;
  text: string; paragraphs: Span[];
  sources: { source: string; url: string | null; outlet: string | null; published: string | null }[];
  entities: { localId: string; id: number; type: string; name: string; canonical: string; spans: Span[] }[];
  quotes: { localId: string; id: number; text: string; kind: string; speaker: { id: number; name: string } | null; span: Span }[];
  events: { localId: string; id: number; type: string; status: string; date: string | null; evidence: Span[] }[];
  times: (Span & { value: string })[];
}
export interface Network {
  type: string;
  nodes: { id: number; name: string; type: string; weight: number }[];
  edges: { source: number; target: number; weight: number; occurred: number }[];
  totalEdges: number;
}
export interface SearchResult {
  q: string;
  entities: { total: number; items: EntitySummary[] };
  quotes: { total: number; items: QuoteItem[] };
  events: { total: number; items: EventSummary[] };
}
export interface Stats { articles: number; entities: number; events: number; quotes: number; disputedFacts: number }
