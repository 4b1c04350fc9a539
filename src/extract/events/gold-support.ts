/**
 * Test and bench support, not used by the pipeline: runs the real pipeline on the gold articles
 * of shared/gold and scores its events as shared/eval/score.mjs does (same type, a shared actor,
 * no conflicting date; one-to-one with the scorer's own `assign`; optional gold neither helps nor
 * hurts; then date, location and status on the matched pairs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Extraction } from '../../core/types.js';
import { extractAll } from '../../index.js';
import { scorerNorm as norm } from '../../testing/gold.js';

export interface GoldEvent {
  type: string[]; actors: string[]; location: string | null; date: string | null; date_accept?: string[];
  status: string; summary: string; optional?: boolean;
}
interface GoldEntity { name: string; also?: string[] }
export interface GoldDoc { doc: string; published?: string; entities: GoldEntity[]; events?: GoldEvent[] }
export type Assign = (pairs: [number, number, number][]) => Map<number, number>;

export interface EventScore {
  tp: number; fp: number; fn: number;
  dateOk: number; dateN: number; locOk: number; locN: number; statusOk: number; statusN: number;
  notes: string[];
}


export function scoreEvents(x: Extraction, gold: GoldDoc, assign: Assign): EventScore {
  const gByName = new Map<string, string>();
  for (const g of gold.entities) for (const n of [g.name, ...(g.also ?? [])]) if (!gByName.has(norm(n))) gByName.set(norm(n), g.name);
  const names = new Map(x.entities.map((e) => [e.id, gByName.get(norm(e.name)) ?? null]));
  const gEv = gold.events ?? [];
  const actorsOf = (ids: readonly string[]): Set<string> => new Set(ids.map((id) => names.get(id)).filter((n): n is string => !!n));
  const dateOk = (d: string | null, g: GoldEvent): boolean => d != null && (g.date_accept ?? (g.date ? [g.date] : [])).some((a) => d.startsWith(a));
  const pairs: [number, number, number][] = [];
  x.events.forEach((ev, pi) => {
    const actors = actorsOf([...ev.source, ...ev.target]);
    const loc = ev.location ? names.get(ev.location) ?? null : null;
    gEv.forEach((g, gi) => {
      if (!g.type.includes(ev.type)) return;
      const shared = g.actors.filter((a) => actors.has(a)).length;
      if (!shared || (g.date && ev.date && !dateOk(ev.date, g))) return;
      pairs.push([shared / g.actors.length + (g.location && loc === g.location ? 0.5 : 0) + (g.date && dateOk(ev.date, g) ? 0.5 : 0), pi, gi]);
    });
  });
  const match = assign(pairs);
  const s: EventScore = { tp: 0, fp: 0, fn: 0, dateOk: 0, dateN: 0, locOk: 0, locN: 0, statusOk: 0, statusN: 0, notes: [] };
  const used = new Set<number>();
  const show = (ev: Extraction['events'][number]): string =>
    `${ev.type} [${[...actorsOf([...ev.source, ...ev.target])].join(', ')}] @${ev.location ? names.get(ev.location) : '-'} ${ev.date ?? '-'} ${ev.status}${Object.keys(ev.numbers).length ? ' ' + JSON.stringify(ev.numbers) : ''}`;
  x.events.forEach((ev, pi) => {
    const gi = match.get(pi);
    const said = x.doc.text.slice(ev.evidence[0]?.start ?? 0, ev.evidence[0]?.end ?? 0).slice(0, 90);
    if (gi === undefined) { s.fp++; s.notes.push(`FP ${show(ev)}  «${said}»`); return; }
    used.add(gi);
    const g = gEv[gi]!;
    if (g.optional) { s.notes.push(`opt ${show(ev)} ~ ${g.summary.slice(0, 60)}`); return; }
    s.tp++;
    const loc = ev.location ? names.get(ev.location) ?? null : null;
    const bad: string[] = [];
    if (g.date) { s.dateN++; if (dateOk(ev.date, g)) s.dateOk++; else bad.push(`date ${g.date}`); }
    if (g.location) { s.locN++; if (loc === g.location) s.locOk++; else bad.push(`loc ${g.location}`); }
    s.statusN++; if (ev.status === g.status) s.statusOk++; else bad.push(`status ${g.status}`);
    s.notes.push(`TP ${show(ev)}${bad.length ? '  WRONG ' + bad.join(', ') : ''}`);
  });
  gEv.forEach((g, gi) => { if (!g.optional && !used.has(gi)) { s.fn++; s.notes.push(`FN ${g.type.join('/')} [${g.actors.join(', ')}] ${g.date ?? '-'} ${g.status}: ${g.summary.slice(0, 80)}`); } });
  return s;
}

/** shared/ beside the repository (or $PARLEY_SHARED), or null when absent. */
export function sharedDir(repoRoot: string): string | null {
  const dir = process.env['PARLEY_SHARED'] ?? join(repoRoot, '..', 'shared');
  return existsSync(join(dir, 'gold')) && existsSync(join(dir, 'eval', 'assign.mjs')) ? dir : null;
}

export async function loadAssign(shared: string): Promise<Assign> {
  return ((await import(pathToFileURL(join(shared, 'eval', 'assign.mjs')).href)) as { assign: Assign }).assign;
}

/** Every gold file with the pipeline's extraction of its article (run as run-gold.sh runs it). */
export async function extractGold(shared: string): Promise<{ file: string; gold: GoldDoc; extraction: Extraction }[]> {
  const dir = join(shared, 'gold');
  const out: { file: string; gold: GoldDoc; extraction: Extraction }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldDoc;
    const options = gold.published ? { published: gold.published } : {};
    for await (const { result } of extractAll([join(shared, gold.doc)], options)) {
      if (result.ok) out.push({ file, gold, extraction: result.value });
    }
  }
  return out;
}
