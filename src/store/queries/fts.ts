import type { Db } from '../db.js';
import { containsPattern, LIKE_ESCAPE, prefixPattern, type Condition } from './sql.js';

export type { Condition } from './sql.js';

/**
 * Full-text search, the one place where the two back-ends need different SQL
 * (src/store/migrations/005-read-path.*.sql): SQLite's FTS5 tables `quotes_fts` and
 * `event_texts_fts`, and a trigram index on entity name keys (entity_keys_fts); PostgreSQL's GIN indexes on
 * `to_tsvector('simple', …)`. User text never reaches the search syntax as written: it is cut into
 * words (runs of letters and digits) and the words are quoted, so quotes, `*`, `-`, `NEAR`, `AND`,
 * colons or parentheses in a query are plain text, never operators.
 *
 * What matches: the words in that order, next to each other (punctuation between them is ignored),
 * case and accents ignored; the last word also as the start of a longer word once it has four
 * letters or more ("ceasefire" finds "ceasefires", "negoti" finds "negotiations").
 */

/** Words of a user's query, as both back-ends' tokenizers cut text: runs of letters and digits. */
export function searchWords(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}\p{Co}]+/gu) ?? [];
}

/** The last word is matched as a prefix from this many characters on: shorter ones ("the", "war")
 * would expand to hundreds of words, and are most often meant whole. */
const PREFIX_FROM = 4;

/** The words as one FTS5 phrase: `"w1 w2 w3"*`. Null when the text has no word at all. */
export function fts5Phrase(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  return `"${words.join(' ')}"${[...last].length >= PREFIX_FROM ? '*' : ''}`;
}

/** The words as a PostgreSQL tsquery: `'w1' <-> 'w2' <-> 'w3':*`. Null when the text has no word. */
export function tsqueryPhrase(text: string): string | null {
  const words = searchWords(text).map((w) => w.toLowerCase());
  if (words.length === 0) return null;
  const last = words.length - 1;
  return words.map((w, i) => `'${w}'${i === last && [...w].length >= PREFIX_FROM ? ':*' : ''}`).join(' <-> ');
}

/** Quotes (alias `q`) whose text has the words; null when the text has none (nothing can match). */
export function quoteTextMatch(db: Db, text: string): Condition | null {
  if (db.dialect === 'postgres') {
    const query = tsqueryPhrase(text);
    return query === null ? null : { sql: "to_tsvector('simple', q.text) @@ to_tsquery('simple', ?)", params: [query] };
  }
  const phrase = fts5Phrase(text);
  const ids = 'q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)';
  return phrase === null ? null : { sql: ids, walkSql: `+${ids}`, params: [phrase] };
}

/** How many quotes have the words, from the index alone. */
export async function countQuotesMatching(db: Db, text: string): Promise<number> {
  if (db.dialect === 'postgres') {
    const query = tsqueryPhrase(text);
    if (query === null) return 0;
    return Number((await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM quotes q WHERE to_tsvector('simple', q.text) @@ to_tsquery('simple', ?)", [query]))?.n ?? 0);
  }
  const phrase = fts5Phrase(text);
  if (phrase === null) return 0;
  return Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM quotes_fts WHERE quotes_fts MATCH ?', [phrase]))?.n ?? 0);
}

/** SQL for the ids of events whose evidence or reporting articles' titles have the words, with its
 * parameters; null when the text has no word. */
export function eventIdsMatching(db: Db, text: string): Condition | null {
  if (db.dialect === 'postgres') {
    const query = tsqueryPhrase(text);
    return query === null ? null : { sql: "SELECT event_id FROM event_texts WHERE tsv @@ to_tsquery('simple', ?)", params: [query] };
  }
  const phrase = fts5Phrase(text);
  // The low 32 bits of the row's rowid are the event's id (migration 005: above them, a timeline key).
  return phrase === null ? null : { sql: `SELECT rowid & ${EVENT_ID_BITS} FROM event_texts_fts WHERE event_texts_fts MATCH ?`, params: [phrase] };
}

const EVENT_ID_BITS = 0xffffffff;
const KEY_UNIT = 2 ** 32;
/** The timeline key of undated events (migration 005, event_text_rowids). */
const UNDATED_KEY = 1048576;

/**
 * The ids of one page of the events whose texts have the words, in timeline order, read from the
 * order of event_texts_fts itself (SQLite). Its rowids carry a key that never decreases along the
 * timeline (year and month; undated events last, by id; other forms of date 0, place unknown):
 * the first matches in rowid order are read, a few more each round, until they hold the page's
 * last dated match and every match of its key; those, with any of key 0, are sorted exactly. A page
 * among the undated events is read in rowid order as it is. Null when this does not settle within
 * `reads.most` matches (MAX_READ), or on PostgreSQL: the caller pages as usual.
 */
export async function textPage(
  db: Db, text: string, limit: number, offset: number, order: string, reads: { first: number; most: number } = { first: 64, most: MAX_READ },
): Promise<number[] | null> {
  if (db.dialect !== 'sqlite') return null;
  const phrase = fts5Phrase(text);
  if (phrase === null) return [];
  const need = offset + limit;
  const keyOf = (rowid: number): number => Math.floor(rowid / KEY_UNIT);
  const idOf = (rowid: number): number => rowid % KEY_UNIT;
  const sorted = async (rowids: readonly number[], count: number, skip: number): Promise<number[]> => rowids.length === 0 ? [] : (await db.all<{ id: number }>(
    `SELECT ev.id FROM events ev WHERE ev.id IN (${rowids.map(() => '?').join(', ')}) ${order} LIMIT ? OFFSET ?`,
    [...rowids.map(idOf), count, skip])).map((r) => Number(r.id));
  for (let read = Math.max(reads.first, 4 * need); ; read *= 4) {
    const rows = (await db.all<{ r: number }>('SELECT rowid AS r FROM event_texts_fts WHERE event_texts_fts MATCH ? ORDER BY rowid LIMIT ?', [phrase, read]))
      .map((x) => Number(x.r));
    const complete = rows.length < read;
    const lastKey = rows.length === 0 ? UNDATED_KEY : keyOf(rows[rows.length - 1]!);
    const dated = rows.filter((r) => keyOf(r) > 0 && keyOf(r) < UNDATED_KEY);
    const pageKey = dated.length >= need ? keyOf(dated[need - 1]!) : null;
    if (pageKey !== null && (complete || lastKey > pageKey)) {
      // Every match that can be on the page: the keys up to the page's last dated match, and key 0.
      return sorted(rows.filter((r) => keyOf(r) <= pageKey), limit, offset);
    }
    if (complete || lastKey === UNDATED_KEY) {
      // Every match with a date is read: those first, sorted, then the undated ones by id.
      const before = rows.filter((r) => keyOf(r) < UNDATED_KEY);
      const undatedFrom = Math.max(0, offset - before.length);
      const head = offset < before.length ? await sorted(before, Math.min(limit, before.length - offset), offset) : [];
      const tail = head.length >= limit ? [] : (await db.all<{ r: number }>(
        'SELECT rowid AS r FROM event_texts_fts WHERE event_texts_fts MATCH ? AND rowid >= ? ORDER BY rowid LIMIT ? OFFSET ?',
        [phrase, UNDATED_KEY * KEY_UNIT, limit - head.length, undatedFrom])).map((x) => idOf(Number(x.r)));
      return [...head, ...tail];
    }
    if (read >= reads.most) return null;
  }
}

/** Matches read at most by textPage before it leaves the page to the usual way. */
const MAX_READ = 16_384;

/**
 * SQL for the entities with a name key that contains `key` (substring) or starts with it (prefix),
 * as rows (entity_id, name_rank): 0 when a name is `key` exactly, 1 when one starts with it, 2
 * otherwise. On SQLite the keys' index answers the exact and prefix look-ups (a range: keys are
 * compared byte by byte), and the trigram index (entity_keys_fts, one row per entity) finds the
 * entities whose keys contain `key` when it has three characters or more. Otherwise (PostgreSQL,
 * shorter substrings) every key is tested with LIKE. The rows are the same either way.
 */
export function rankedEntityMatches(db: Db, key: string, match: 'substring' | 'prefix'): Condition {
  if (db.dialect === 'postgres' || (match === 'substring' && [...key].length < 3)) {
    return {
      sql: `SELECT n.entity_id, MIN(CASE WHEN n.key = ? THEN 0 WHEN n.key LIKE ? ${LIKE_ESCAPE} THEN 1 ELSE 2 END) AS name_rank
        FROM entity_names n WHERE n.key LIKE ? ${LIKE_ESCAPE} GROUP BY n.entity_id`,
      params: [key, prefixPattern(key), match === 'prefix' ? prefixPattern(key) : containsPattern(key)],
    };
  }
  // Every key that starts with `key` sorts from `key` up to `key` followed by the last code point.
  const prefixRange = 'SELECT entity_id FROM entity_names WHERE key >= ? AND key < ?';
  const rangeParams = [key, `${key}\u{10FFFF}`];
  const exact = 'SELECT entity_id FROM entity_names WHERE key = ?';
  if (match === 'prefix') {
    return {
      sql: `SELECT DISTINCT p.entity_id, CASE WHEN p.entity_id IN (${exact}) THEN 0 ELSE 1 END AS name_rank FROM (${prefixRange}) p`,
      params: [key, ...rangeParams],
    };
  }
  return {
    sql: `SELECT m.entity_id, CASE WHEN m.entity_id IN (${exact}) THEN 0 WHEN m.entity_id IN (${prefixRange}) THEN 1 ELSE 2 END AS name_rank
      FROM (SELECT rowid AS entity_id FROM entity_keys_fts WHERE entity_keys_fts MATCH ?) m`,
    params: [key, ...rangeParams, `"${key.replace(/"/g, '""')}"`],
  };
}

/** How many events have the words, from the index alone. */
export async function countEventsMatching(db: Db, text: string): Promise<number> {
  const matching = eventIdsMatching(db, text);
  if (matching === null) return 0;
  return Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM (${matching.sql}) m`, matching.params))?.n ?? 0);
}
