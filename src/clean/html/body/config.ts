/** Every tunable threshold of the body extractor in one place (see index.ts for the pipeline). */
export const BODY_CONFIG = {
  /** A paragraph shorter than this (characters) does not vote for its containers. */
  minScoringParagraph: 25,
  /** Ancestors that receive a paragraph's vote (the parent counts fully, then 1/2, then 1/(level*3)). */
  scoreAncestorLevels: 5,
  /** Class/id weight added for a positive or negative word, per attribute. */
  classWeight: 25,
  /** Siblings of the top candidate join it when they score at least this share of its score... */
  siblingScoreShare: 0.2,
  /** ...and at least this absolute score. */
  siblingMinScore: 10,
  /** A candidate's ancestor replaces it when it scores at least this share of the candidate's score. */
  parentScoreShare: 1 / 3,
  /** Other candidates this close to the top one (share of its score) vote for a common ancestor. */
  alternativeShare: 0.75,
  /** How many such alternatives must share an ancestor for it to win. */
  minAlternatives: 3,
  /** Prose containers sharing the top one's class and scoring this share of it are joined to it. */
  sameClassShare: 0.25,
  /** An <article> with this much text (and link density below the next) vouches for its ancestors. */
  minArticleChars: 500,
  maxArticleLinkDensity: 0.3,
  /** Extraction shorter than this (characters) is retried without the unlikely-class filter. */
  minExtractChars: 400,
  /** Conditional pruning: blocks with fewer commas than this are examined. */
  pruneMaxCommas: 10,
  /** Conditional pruning: link density above which a non-positive block is dropped. */
  pruneLinkDensity: 0.2,
  /** Conditional pruning: link density above which any block is dropped. */
  pruneLinkDensityHard: 0.5,
  /** A paragraph whose link text is at least this share of it is dropped when short. */
  linkParagraphShare: 0.8,
  /** ...where "short" means under this many characters. */
  linkParagraphMaxChars: 200,
  /** Boilerplate phrases are only looked for in paragraphs shorter than this. */
  boilerplateMaxChars: 220,
  /** Date stamps and reading times are only dropped before the first paragraph this long... */
  proseMinChars: 100,
  /** ...and when shorter than this. */
  leadingMaxChars: 80,
} as const;
