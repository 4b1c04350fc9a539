/**
 * JSONL (or JSON array) manifests: one line per article, `{file, url, outlet, title, published}`, as in
 * shared/corpus/manifest.jsonl. Only parsing lives here; the file reader follows the entries.
 */
import { isAbsolute, join, dirname } from 'node:path';
import { fail, ok, type Result } from '../core/errors.js';
import type { InputHints } from '../core/types.js';

export interface ManifestEntry {
  /** The listed file, resolved against the manifest's folder. */
  readonly path: string;
  readonly url: string | null;
  readonly hints: InputHints;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when the text is meant as a manifest: a JSON array or JSON lines of objects with a `file` key (any of the first lines, so one broken line does not disown the rest). */
export function looksLikeManifest(text: string): boolean {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('[')) return /"file"\s*:/.test(trimmed.slice(0, 4096));
  const lines = trimmed.split('\n', 20).filter((line) => line.trim() !== '');
  return lines.some((line) => {
    try {
      const value: unknown = JSON.parse(line);
      return isRecord(value) && 'file' in value;
    } catch {
      return false;
    }
  });
}

/** A string field, null when absent or null; undefined marks a field of the wrong type. */
function stringField(line: Record<string, unknown>, key: string): string | null | undefined {
  const value = line[key];
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : undefined;
}

function toEntry(value: unknown, manifestPath: string, lineNo: number, label: string): Result<ManifestEntry> {
  const where = `${manifestPath}:${lineNo}`;
  if (!isRecord(value)) return fail('ingest/bad-manifest', `${label} ${lineNo}: not a JSON object`, where);
  const file = value['file'];
  if (typeof file !== 'string' || file.trim() === '') {
    return fail('ingest/bad-manifest', `${label} ${lineNo}: no "file" string`, where);
  }
  const fields = { url: stringField(value, 'url'), title: stringField(value, 'title'), outlet: stringField(value, 'outlet'), published: stringField(value, 'published') };
  for (const [key, v] of Object.entries(fields)) {
    if (v === undefined) return fail('ingest/bad-manifest', `${label} ${lineNo}: "${key}" must be a string or null`, where);
  }
  const path = isAbsolute(file) ? file : join(dirname(manifestPath), file);
  return ok({ path, url: fields.url ?? null, hints: { title: fields.title ?? null, outlet: fields.outlet ?? null, published: fields.published ?? null } });
}

/** One result per non-blank line (or array element); a bad line is one failure naming its number, and the rest still count. */
export function parseManifest(text: string, manifestPath: string): Result<ManifestEntry>[] {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('[')) {
    let values: unknown;
    try {
      values = JSON.parse(trimmed);
    } catch (e) {
      return [fail('ingest/bad-manifest', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`, manifestPath)];
    }
    if (!Array.isArray(values)) return [fail('ingest/bad-manifest', 'expected a JSON array of entries', manifestPath)];
    return values.map((v: unknown, i) => toEntry(v, manifestPath, i + 1, 'entry'));
  }
  const results: Result<ManifestEntry>[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      results.push(fail('ingest/bad-manifest', `line ${i + 1}: not valid JSON`, `${manifestPath}:${i + 1}`));
      return;
    }
    results.push(toEntry(value, manifestPath, i + 1, 'line'));
  });
  return results;
}
