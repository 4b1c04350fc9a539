import type { Article, Extraction } from '../core/types.js';

/** Article -> Extraction (format `parley.extraction/1`). Entities, times, quotes and events come in
 * later stages (`extract/entities`, `extract/time`, `extract/quotes`, `extract/events`). */
export function extractArticle(doc: Article): Extraction {
  return { format: 'parley.extraction/1', doc, entities: [], times: [], quotes: [], events: [] };
}
