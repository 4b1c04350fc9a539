import type { Drafts, Draft } from './draft.js';
import type { ActorRef, EntityLexicon } from './types.js';

/**
 * What the actor dictionary knows of the people an article names, as event coders' actor
 * dictionaries do: whom they act for ("Zelensky" acts for Ukraine even where the article never
 * says so) and the office they held on the publication date, when the article gives none.
 * Only links to states and bodies the article itself mentions: an affiliation must be an entity
 * of the article, with spans.
 */
export function applyActors(drafts: Drafts, lex: EntityLexicon, published: string | null): void {
  const byActor = new Map<string, Draft>();
  for (const d of drafts.all().filter((x) => x.type === 'person')) {
    const actor = actorOf(d, lex);
    if (!actor) continue;
    // Two spellings of one known person in one article ("Zelensky", "Volodymyr Zelenskyy") are one entity.
    const seen = byActor.get(actor.id);
    if (seen) {
      drafts.merge(d.key, seen.key);
      continue;
    }
    byActor.set(actor.id, d);
    d.affiliation ??= stateKey(drafts, actor.country) ?? stateKey(drafts, actor.org);
    if (d.roles.length === 0) {
      for (const role of actor.rolesAt(published?.slice(0, 10) ?? null)) {
        drafts.addRole(d.key, { title: role.title, of: stateKey(drafts, role.of), titleId: null });
      }
    }
  }
}

function actorOf(d: Draft, lex: EntityLexicon): ActorRef | undefined {
  const names = [...d.names.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length);
  for (const n of names) {
    const a = lex.actor(n);
    if (a) return a;
  }
  return undefined;
}

/** The draft key of a state (ISO3) or organisation id, if the article mentions it. */
function stateKey(drafts: Drafts, id: string | null): string | null {
  if (!id) return null;
  for (const k of [`country:${id}`, `org:${id}`]) if (drafts.get(k)) return k;
  return null;
}
