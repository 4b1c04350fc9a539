/**
 * Query results as compact lines for a terminal: what `parley timeline`, `entity`, `quotes`,
 * `event`, `upcoming` and `disputed` print without --json. Plain text, one item per line where it
 * fits, so the output greps and pipes well.
 */
import type { DisputedEvent, EntityProfile, EventDetail, EventSummary, Page, QueryError, QueryResult, QuoteItem, UpcomingEvent } from '../queries/index.js';

/** Where the answer goes: the CLI's `Io`, or a test's. */
export interface Printer {
  print(line: string): void;
  error(line: string): void;
}

/** Prints a query's answer (as text or JSON) and returns the exit code: 0; 2 for a bad filter
 * (a usage mistake); 1 for anything missing (no record, no such entity or event). */
export function answer<T>(result: QueryResult<T>, out: Printer, render: (value: T) => string): number {
  if (!result.ok) {
    out.error(`parley: ${oneLine(result.error)}`);
    return result.error.code === 'query/bad-filter' ? 2 : 1;
  }
  out.print(render(result.value));
  return 0;
}

const oneLine = (e: QueryError): string => e.message.replace(/\s+/g, ' ').trim();

export const asJson = (value: unknown): string => JSON.stringify(value, null, 2);

const clip = (s: string, n: number): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** `Russia, Vladimir Medinsky → Rustem Umerov, Ukraine` */
export function actorsLine(e: EventSummary): string {
  const names = (side: string): string => e.actors.filter((a) => a.side === side).map((a) => a.name).join(', ');
  const src = names('source'), tgt = names('target');
  return tgt ? `${src || '?'} → ${tgt}` : src || '(no actor)';
}

/** One event on one line: id, date, type, status, place, actors, how many articles and outlets. */
export function eventLine(e: EventSummary): string {
  const counts = `(${e.articles} article${e.articles === 1 ? '' : 's'}, ${e.outlets} outlet${e.outlets === 1 ? '' : 's'})`;
  return `${pad(`#${e.id}`, 6)} ${pad(e.date ?? '-', 10)}  ${pad(e.type, 9)} ${pad(e.status, 12)} ${pad(clip(e.place?.name ?? '-', 16), 16)} ${actorsLine(e)}  ${counts}`;
}

const footer = (p: Page<unknown>, noun: string): string =>
  p.total === 0 ? `no ${noun} match`
    : `${p.offset + 1}–${p.offset + p.items.length} of ${p.total} ${noun}${p.offset + p.items.length < p.total ? ` (more with --offset ${p.offset + p.items.length})` : ''}`;

export function timelineText(p: Page<EventSummary>): string {
  return [...p.items.map(eventLine), footer(p, 'events')].join('\n');
}

export function upcomingText(p: Page<UpcomingEvent>): string {
  return [...p.items.map((e) => `${pad(e.kind, 9)}${eventLine(e)}`), footer(p, 'upcoming events')].join('\n');
}

export function quoteLine(q: QuoteItem): string {
  return `${pad(q.article.published?.slice(0, 10) ?? '-', 10)}  ${pad(q.article.outlet ?? '-', 12)} ${q.speaker?.name ?? '(unattributed)'}: “${clip(q.text, 160)}”`;
}

export function quotesText(p: Page<QuoteItem>): string {
  return [...p.items.map(quoteLine), footer(p, 'quotes')].join('\n');
}

export function profileText(p: EntityProfile): string {
  const lines = [`${p.name}  [${p.type} #${p.id}${p.ref ? `, ${p.ref}` : ''}]  in ${p.articles} article${p.articles === 1 ? '' : 's'}`];
  const others = p.names.filter((n) => n !== p.name);
  if (others.length) lines.push(`  also seen as: ${others.join(', ')}`);
  for (const r of p.roles) {
    const span = r.firstReported === r.lastReported ? r.firstReported ?? '-' : `${r.firstReported ?? '-'} … ${r.lastReported ?? '-'}`;
    lines.push(`  role: ${r.title}${r.of ? `, ${r.of.name}` : ''}  (reported ${span}, ${r.articles} article${r.articles === 1 ? '' : 's'})`);
  }
  if (p.affiliations.length) lines.push(`  affiliated with: ${p.affiliations.map((a) => `${a.name} (${a.articles})`).join(', ')}`);
  if (p.met.length) lines.push(`  met: ${p.met.map((m) => `${m.name} ×${m.meetings}${m.occurred !== m.meetings ? ` (${m.occurred} held)` : ''}`).join(', ')}`);
  if (p.events.length) {
    lines.push(`  events (${p.eventCount}):`);
    for (const e of p.events) lines.push(`    ${eventLine(e)}`);
  }
  if (p.quotes.length) {
    lines.push(`  quotes (${p.quoteCount}, latest first):`);
    for (const q of p.quotes) lines.push(`    ${pad(q.article.published?.slice(0, 10) ?? '-', 10)}  ${pad(q.article.outlet ?? '-', 12)} “${clip(q.text, 150)}”`);
  }
  return lines.join('\n');
}

export function eventText(d: EventDetail): string {
  const lines = [
    `#${d.id} ${d.type} [${d.status}] ${d.date ?? 'undated'}${d.place ? ` in ${d.place.name}` : ''}`,
    `  actors: ${actorsLine(d)}`,
    `  reported by ${d.articles} article${d.articles === 1 ? '' : 's'} from ${d.outlets} outlet${d.outlets === 1 ? '' : 's'}, ${d.firstReported ?? '-'} … ${d.lastReported ?? '-'}`,
    `  status: ${d.history.map((h) => `${h.status} (${h.reported?.slice(0, 10) ?? '-'}, ${h.outlet ?? '-'})`).join(' → ')}`,
  ];
  for (const f of d.disputes) lines.push(`  disputed ${factLine(f)}`);
  lines.push('  reports:');
  for (const r of d.reports) {
    const numbers = Object.entries(r.numbers).map(([k, v]) => `${k}=${v}`).join(' ');
    lines.push(`    ${r.reported?.slice(0, 10) ?? '-'}  ${r.article.outlet ?? '-'}  [${r.status}]${r.date ? ` date ${r.date}` : ''}${r.place ? ` in ${r.place.name}` : ''}${numbers ? `  ${numbers}` : ''}`);
    lines.push(`      ${r.article.title ?? '(no title)'}${r.article.url ? `  <${r.article.url}>` : ''}`);
    for (const ev of r.evidence) lines.push(`      “${clip(ev.text, 200)}”`);
  }
  return lines.join('\n');
}

/** `injured: 28 (Reuters 2025-05-17) vs 30 (AP 2025-05-18)` */
export function factLine(f: DisputedEvent['facts'][number]): string {
  return `${f.key}: ${f.values.map((v) => `${v.value} (${v.sources.map((s) => `${s.outlet ?? s.id}${s.published ? ` ${s.published.slice(0, 10)}` : ''}`).join(', ')})`).join(' vs ')}`;
}

export function disputedText(p: Page<DisputedEvent>): string {
  const lines: string[] = [];
  for (const d of p.items) {
    lines.push(eventLine(d.event));
    for (const f of d.facts) lines.push(`       ${factLine(f)}`);
  }
  lines.push(footer(p, 'events with disputed figures'));
  return lines.join('\n');
}
