import type { Article, Extraction } from '../core/types.js';
import { analyze } from './nlp/index.js';
import { extractEntities } from './entities/index.js';
import { entityLexicon } from './entities/lexicon-view.js';
import { extractTimes } from './time/index.js';
import type { EntityLexicon } from './entities/types.js';

let lexicon: EntityLexicon | null = null;

/** Article -> Extraction (format `parley.extraction/1`): entities and times now; quotes and events next.
 * Sentences are analysed once and shared by every extractor. */
export function extractArticle(doc: Article): Extraction {
  const sentences = analyze(doc.text, doc.paragraphs);
  lexicon ??= entityLexicon();
  const entities = extractEntities(doc, sentences, lexicon);
  const times = extractTimes(doc.text, doc.published, { paragraphs: doc.paragraphs });
  return { format: 'parley.extraction/1', doc, entities, times, quotes: [], events: [] };
}
