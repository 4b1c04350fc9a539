/**
 * Test support, not used by the pipeline: runs sentences written for a test through the real
 * analysis, entity and time stages and returns the events with entity names instead of ids.
 */
import type { Article, Entity, Event, Span } from '../../core/types.js';
import { analyze } from '../nlp/index.js';
import { extractEntities } from '../entities/index.js';
import { entityLexicon } from '../entities/lexicon-view.js';
import type { EntityLexicon } from '../entities/types.js';
import { extractTimes } from '../time/index.js';
import { extractEvents } from './index.js';

export interface NamedEvent extends Omit<Event, 'source' | 'target' | 'location'> {
  readonly source: string[];
  readonly target: string[];
  readonly actors: string[];
  readonly location: string | null;
}

/** An Article over `text`, paragraphs split at blank lines. */
export function articleOf(text: string, published: string | null): Article {
  const paragraphs: Span[] = [];
  let at = 0;
  for (const part of text.split(/\n\s*\n/)) {
    const start = text.indexOf(part, at);
    if (part.trim()) paragraphs.push({ start, end: start + part.length });
    at = start + part.length;
  }
  return { id: 'sha256:test', source: 'test', url: null, title: null, outlet: null, published, publishedFrom: published ? 'given' : null, language: 'en', text, paragraphs };
}

let lexicon: EntityLexicon | null = null;

/** Events of `text` through the real pipeline stages (entities from the lexicons, times resolved against `published`). */
export function eventsOf(text: string, published: string | null = '2025-05-16', entities?: Entity[]): NamedEvent[] {
  const article = articleOf(text, published);
  const sentences = analyze(article.text, article.paragraphs);
  lexicon ??= entityLexicon();
  const ents = entities ?? extractEntities(article, sentences, lexicon);
  const times = extractTimes(article.text, published, { paragraphs: article.paragraphs });
  const name = (id: string): string => ents.find((e) => e.id === id)?.name ?? id;
  return extractEvents(article, sentences, ents, times).map((e) => ({
    ...e, source: e.source.map(name), target: e.target.map(name), actors: [...e.source, ...e.target].map(name),
    location: e.location ? name(e.location) : null,
  }));
}

/** A hand-made entity with every occurrence of its names in `text` as mentions. */
export function entity(text: string, id: string, type: Entity['type'], name: string, affiliation: string | null = null, aliases: string[] = []): Entity {
  const mentions: Span[] = [];
  for (const n of [name, ...aliases]) {
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length)) mentions.push({ start: at, end: at + n.length });
  }
  return { id, type, name, aliases, roles: [], affiliation, mentions: mentions.sort((a, b) => a.start - b.start) };
}
