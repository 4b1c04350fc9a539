import type { Article, Extraction } from '../core/types.js';
import { analyze } from './nlp/index.js';
import { extractEntities } from './entities/index.js';
import { entityLexicon } from './entities/lexicon-view.js';
import { extractTimes } from './time/index.js';
import { extractQuotes } from './quotes/index.js';
import { extractEvents } from './events/index.js';
import type { EntityLexicon } from './entities/types.js';

let lexicon: EntityLexicon | null = null;

/** Article -> Extraction (format `parley.extraction/1`): entities, times and quotes; events next.
 * Sentences are analysed once and shared by every extractor. */
export function extractArticle(doc: Article): Extraction {
  const sentences = analyze(doc.text, doc.paragraphs);
  lexicon ??= entityLexicon();
  const entities = extractEntities(doc, sentences, lexicon);
  const times = extractTimes(doc.text, doc.published, { paragraphs: doc.paragraphs });
  const quotes = extractQuotes(doc, sentences, entities);
  return { format: 'parley.extraction/1', doc, entities, times, quotes, events: extractEvents(doc, sentences, entities, times) };
}
