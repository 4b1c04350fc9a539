/**
 * Read-side views of what resolution and fusion store, shared with the read path (queries, exports):
 * the facts sources disagree on, and an event's reports in the order the news came out.
 */
import type { Db } from '../store/db.js';
import { chronological } from './events.js';

export interface ReportedValue {
  readonly value: number;
  readonly articleId: string;
  readonly outlet: string | null;
  readonly reported: string | null;
}

/** One figure of one event that its reports give different values for (28 vs 30 injured). */
export interface DisputedFact {
  readonly eventId: number;
  readonly type: string;
  readonly date: string | null;
  /** The number key: killed, injured, prisoners… */
  readonly key: string;
  /** Every report's value, side by side, oldest report first; never averaged. */
  readonly values: readonly ReportedValue[];
}

interface NumbersRow {
  event_id: number;
  type: string;
  date: string | null;
  article_id: string;
  numbers: string;
  reported: string | null;
  outlet: string | null;
  status: string;
}

/** Every disputed fact of the record (optionally of one event), by event id then key. */
export async function disputedFacts(db: Db, eventId?: number): Promise<DisputedFact[]> {
  const rows = await db.all<NumbersRow>(
    `SELECT r.event_id, e.type, e.date, r.article_id, r.numbers, r.reported, r.status, a.outlet
     FROM event_reports r JOIN events e ON e.id = r.event_id JOIN articles a ON a.id = r.article_id
     WHERE r.numbers <> '{}'${eventId === undefined ? '' : ' AND r.event_id = ?'}
     ORDER BY r.event_id, r.article_id`,
    eventId === undefined ? [] : [eventId],
  );
  const byEvent = new Map<number, NumbersRow[]>();
  for (const r of rows) byEvent.set(r.event_id, [...(byEvent.get(r.event_id) ?? []), r]);
  const facts: DisputedFact[] = [];
  for (const [id, reports] of byEvent) {
    if (reports.length < 2) continue;
    const ordered = chronological(reports);
    const keys = [...new Set(ordered.flatMap((r) => Object.keys(parseNumbers(r.numbers))))].sort();
    for (const key of keys) {
      const values = ordered.flatMap((r) => {
        const value = parseNumbers(r.numbers)[key];
        return value === undefined ? [] : [{ value, articleId: r.article_id, outlet: r.outlet, reported: r.reported }];
      });
      if (new Set(values.map((v) => v.value)).size > 1) facts.push({ eventId: id, type: ordered[0]!.type, date: ordered[0]!.date, key, values });
    }
  }
  return facts;
}

function parseNumbers(json: string): Record<string, number> {
  try {
    const parsed = JSON.parse(json) as unknown;
    if (parsed === null || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, number] => typeof e[1] === 'number'));
  } catch {
    return {};
  }
}

/** One article's report of an event, as the status history shows it. */
export interface EventReportView {
  readonly articleId: string;
  readonly localId: string;
  readonly status: string;
  readonly date: string | null;
  readonly reported: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly numbers: Readonly<Record<string, number>>;
}

/** An event's reports in the order the news came out: its status history (planned -> occurred). */
export async function eventReports(db: Db, eventId: number): Promise<EventReportView[]> {
  const rows = await db.all<{ article_id: string; local_id: string; status: string; date: string | null; reported: string | null; outlet: string | null; title: string | null; url: string | null; numbers: string }>(
    `SELECT r.article_id, r.local_id, r.status, r.date, r.reported, a.outlet, a.title, a.url, r.numbers
     FROM event_reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id = ? ORDER BY r.article_id, r.local_id`,
    [eventId],
  );
  return chronological(rows).map((r) => ({
    articleId: r.article_id, localId: r.local_id, status: r.status, date: r.date, reported: r.reported,
    outlet: r.outlet, title: r.title, url: r.url, numbers: parseNumbers(r.numbers),
  }));
}
