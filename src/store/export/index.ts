/** Exports of the record: JSON Lines, a CSV event table, a GraphML actor network. Each is a stream
 * of lines, so a large record is written without being held in memory. */
import { open, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Db } from '../db.js';
import { eventCsvLines } from './csv.js';
import { actorGraphml } from './graphml.js';
import { jsonlLines, JSONL_KINDS, type JsonlKind } from './jsonl.js';

export { csvField, csvRow, CSV_COLUMNS, NUMBER_COLUMNS, eventCsvLines } from './csv.js';
export { actorGraphml } from './graphml.js';
export { jsonlLines, JSONL_KINDS, type JsonlKind } from './jsonl.js';
export { escapeXml } from './xml.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportStream {
  readonly lines: AsyncIterable<string>;
  /** CSV records end in CRLF (RFC 4180); the others in LF. */
  readonly eol: '\r\n' | '\n';
}

/** The lines of one export. `what` picks the JSON Lines table and is ignored by the others. */
export function exportLines(db: Db, format: ExportFormat, what: JsonlKind = 'events'): ExportStream {
  if (format === 'csv') return { lines: eventCsvLines(db), eol: '\r\n' };
  if (format === 'graphml') return { lines: actorGraphml(db), eol: '\n' };
  return { lines: jsonlLines(db, what), eol: '\n' };
}

export const isExportFormat = (s: string): s is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(s);
export const isJsonlKind = (s: string): s is JsonlKind => (JSONL_KINDS as readonly string[]).includes(s);

/** Writes the lines to a stream, waiting when it is full; returns how many lines were written.
 * A stream error (a closed pipe: `parley export csv | head`) ends the writing with that error. */
export async function writeLines(out: Writable, stream: ExportStream): Promise<number> {
  let failed: Error | null = null;
  const onError = (err: Error): void => { failed = err; };
  out.on('error', onError);
  try {
    let n = 0;
    for await (const line of stream.lines) {
      if (failed) throw failed;
      if (!out.write(`${line}${stream.eol}`)) await once(out, 'drain');
      n++;
    }
    if (failed) throw failed;
    return n;
  } finally {
    out.off('error', onError);
  }
}

/** Writes an export to a file whole or not at all: into a temp file, renamed once complete, so
 * a failure half-way never leaves a truncated export under the real name. */
export async function writeExportFile(path: string, stream: ExportStream): Promise<number> {
  const tmp = `${path}.${process.pid}.tmp`;
  const file = await open(tmp, 'w');
  let n = 0;
  try {
    let buffer = '';
    for await (const line of stream.lines) {
      buffer += `${line}${stream.eol}`;
      n++;
      if (buffer.length >= FLUSH_AT) {
        await file.write(buffer);
        buffer = '';
      }
    }
    await file.write(buffer);
    await file.close();
    await rename(tmp, path);
    return n;
  } catch (err) {
    await file.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  }
}

const FLUSH_AT = 1 << 16;
