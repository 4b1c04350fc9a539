/** The write path of the record: one extraction in, one transaction. */
export { saveExtraction, saveArticle, saveIfKnown, type SaveOutcome } from './save-extraction.js';
export { isStored } from './article.js';
