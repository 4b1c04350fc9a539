/** Helpers shared by the ingest tests: temp folders, legacy-charset encoding, draining the reader. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../core/errors.js';
import type { Input } from '../core/types.js';
import { readInputs, type ReadOptions } from './index.js';

export async function makeTempDir(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-ingest-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Encodes text in a single-byte charset by inverting TextDecoder's table (Node's TextEncoder only writes UTF-8). */
export function encodeSingleByte(text: string, label: string): Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text].map((ch) => {
    const byte = table.get(ch);
    if (byte === undefined) throw new Error(`${label} cannot encode ${JSON.stringify(ch)}`);
    return byte;
  }));
}

export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = Buffer.alloc(2 + text.length * 2);
  out.writeUInt16BE(endian === 'le' ? 0xfffe : 0xfeff, 0); // BOM bytes FF FE (LE) or FE FF (BE)
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (endian === 'le') out.writeUInt16LE(unit, 2 + i * 2);
    else out.writeUInt16BE(unit, 2 + i * 2);
  }
  return out;
}

export async function readAll(specs: readonly string[], options: ReadOptions = {}): Promise<Result<Input>[]> {
  const results: Result<Input>[] = [];
  for await (const result of readInputs(specs, options)) results.push(result);
  return results;
}

export function inputs(results: readonly Result<Input>[]): Input[] {
  return results.flatMap((r) => (r.ok ? [r.value] : []));
}

export function failures(results: readonly Result<Input>[]): { code: string; message: string; source: string | undefined }[] {
  return results.flatMap((r) => (r.ok ? [] : [{ code: r.error.code, message: r.error.message, source: r.error.source }]));
}

export const RUSSIAN = 'Переговоры о прекращении огня продолжились в Женеве. Министр иностранных дел заявил, что стороны близки к соглашению об обмене пленными.';
export const FRENCH = "Les négociations ont repris à Genève. Le ministre des Affaires étrangères a déclaré que les deux parties étaient proches d'un accord sur l'échange de prisonniers, malgré la méfiance.";
