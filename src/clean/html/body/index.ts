import { BODY_CONFIG as C } from './config.js';
import { boilerplateLexicon } from './lexicon.js';
import { keptParagraphs } from './prune.js';
import { headlineKeys, isHeadline } from './title.js';
import { gatherContainers, scoreCandidates } from './score.js';
import { walkPage } from './walk.js';

/** Finds the article body in a page and returns its paragraphs as plain text, in reading order.
 * The contract allows mutating `document` (run metadata extraction first); this implementation
 * only reads it.
 *
 * Pipeline: one DOM walk collects paragraphs and per-block text/link statistics (skipping
 * script/style/hidden nodes); prose paragraphs vote for their containers (Readability-style,
 * with class/id and tag priors); the best container and its like siblings are kept; inside
 * them, link-dense, caption and boilerplate-class blocks and boilerplate lines are pruned.
 * The page's own headline (title/og:title) is dropped if repeated in the body. When all that
 * yields too little text, the class-name filter is relaxed and the vote rerun. */
export function extractHtmlBody(document: Document): string[] {
  const root = document.body ?? document.documentElement;
  if (!root) return [];
  const lex = boilerplateLexicon();
  const headline = headlineKeys(document);
  const page = walkPage(root, lex);
  let best: string[] = [];
  for (const useSuppression of [true, false]) {
    const scored = scoreCandidates(page, lex, useSuppression);
    if (!scored) continue;
    const containers = gatherContainers(scored, page);
    const paras = keptParagraphs(page, containers, scored.top, scored.scores, lex, useSuppression)
      .filter((p) => !isHeadline(p, headline))
      .map((p) => p.text);
    if (length(paras) > length(best)) best = paras;
    if (length(best) >= C.minExtractChars) break;
  }
  return best;
}

const length = (paras: string[]): number => paras.reduce((n, p) => n + p.length, 0);
