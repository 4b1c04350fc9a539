import type { Article, Entity } from '../../core/types.js';
import type { Sentence } from '../nlp/index.js';
import type { EntityLexicon } from './types.js';
import { chunkSentence } from './chunk.js';
import { readMentions } from './read-mentions.js';
import { linkMentions } from './link.js';
import { applyActors } from './apply-actors.js';
import { canonicalName, type Draft } from './draft.js';

/**
 * People, organisations, countries and places of one article, one entity per referent, each with
 * every mention as a span, roles and affiliation. Rules and lexicons (see README in this folder):
 * chunk each sentence against the lexicons, read each chunk in context, then link across the article.
 */
export function extractEntities(article: Article, sentences: readonly Sentence[], lex: EntityLexicon): Entity[] {
  const chunked = sentences.map((s) => chunkSentence(article.text, s, lex));
  const reading = readMentions(article.text, sentences, chunked, lex);
  linkMentions(reading, (name) => lex.actor(name) !== undefined);
  applyActors(reading.drafts, lex, article.published);
  return toEntities(reading.drafts.all());
}

/** Drafts -> entities with ids e1, e2… in order of first mention; keys become ids. */
function toEntities(drafts: Draft[]): Entity[] {
  const ordered = drafts
    .filter((d) => d.mentions.length > 0 && !d.vague)
    .map((d) => ({ d, mentions: [...d.mentions].sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const idOf = new Map(ordered.map(({ d }, i) => [d.key, `e${i + 1}`]));
  return ordered.map(({ d, mentions }) => {
    const name = canonicalName(d);
    return {
      id: idOf.get(d.key)!,
      type: d.type,
      name,
      aliases: [...d.names.keys()].filter((n) => n !== name),
      roles: d.roles.map((r) => ({ title: r.title, of: r.of ? idOf.get(r.of) ?? null : null })),
      affiliation: d.affiliation ? idOf.get(d.affiliation) ?? null : null,
      mentions,
    };
  });
}
