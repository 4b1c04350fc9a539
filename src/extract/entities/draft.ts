import type { Entity, Span } from '../../core/types.js';

export type EntityType = Entity['type'];

/** A role as first read: the title and who it is held for (a draft key, resolved to an entity id at the end). */
export interface DraftRole {
  readonly title: string;
  readonly of: string | null;
  /** Canonical title id from the lexicon, for matching "the foreign minister" to the person later. */
  readonly titleId: string | null;
}

/** An entity being assembled from its mentions across the article. */
export interface Draft {
  readonly key: string;
  readonly type: EntityType;
  /** Surface forms with how often each was seen; the fullest becomes the canonical name. */
  readonly names: Map<string, number>;
  readonly mentions: Span[];
  readonly roles: DraftRole[];
  /** Draft key of the country or organisation the entity acts for. */
  affiliation: string | null;
  /** A fixed canonical name (lexicon entries: "United States" whatever the article wrote). */
  fixedName: string | null;
  /** For a government body: the draft key of its state ("Kremlin" -> country:RUS), else null. */
  state: string | null;
  /** Too vague to stand alone ("the health ministry" of no named state): kept only if linking joins it to a named one. */
  vague: boolean;
}

export class Drafts {
  private readonly byKey = new Map<string, Draft>();

  get(key: string): Draft | undefined {
    return this.byKey.get(key);
  }

  all(): Draft[] {
    return [...this.byKey.values()];
  }

  /** Adds a mention to the entity `key`, creating the entity at its first mention. */
  add(key: string, type: EntityType, name: string, span: Span, fixedName: string | null = null): Draft {
    let d = this.byKey.get(key);
    if (!d) {
      d = { key, type, names: new Map(), mentions: [], roles: [], affiliation: null, fixedName, state: null, vague: false };
      this.byKey.set(key, d);
    }
    d.names.set(name, (d.names.get(name) ?? 0) + 1);
    if (!d.mentions.some((m) => m.start === span.start && m.end === span.end)) d.mentions.push(span);
    return d;
  }

  addRole(key: string, role: DraftRole): void {
    const d = this.byKey.get(key);
    if (!d) return;
    const same = d.roles.find((r) => r.title.toLowerCase() === role.title.toLowerCase());
    if (!same) d.roles.push(role);
  }

  /** Moves every mention, name and role of `from` into `into` (coreference found late). */
  merge(from: string, into: string): void {
    const a = this.byKey.get(from), b = this.byKey.get(into);
    if (!a || !b || a === b) return;
    for (const [n, c] of a.names) b.names.set(n, (b.names.get(n) ?? 0) + c);
    for (const m of a.mentions) if (!b.mentions.some((x) => x.start === m.start && x.end === m.end)) b.mentions.push(m);
    for (const r of a.roles) this.addRole(into, r);
    b.affiliation ??= a.affiliation;
    b.vague &&= a.vague;
    this.byKey.delete(from);
    for (const d of this.byKey.values()) {
      if (d.affiliation === from) d.affiliation = into;
      d.roles.forEach((r, i) => { if (r.of === from) d.roles[i] = { ...r, of: into }; });
    }
  }
}

/** The fullest form used in the article: most words, then most frequent, then first seen. */
export function canonicalName(d: Draft): string {
  if (d.fixedName) return d.fixedName;
  let best = '', bestWords = -1, bestCount = -1;
  for (const [name, count] of d.names) {
    const words = name.split(/\s+/).length;
    if (words > bestWords || (words === bestWords && count > bestCount)) {
      best = name; bestWords = words; bestCount = count;
    }
  }
  return best;
}
