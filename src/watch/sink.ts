/**
 * Where a new article goes: the seam between watching and storing. The default sink ingests it now
 * (clean, extract, save: what `parley ingest` does); a queue sink would enqueue it for workers instead.
 */
import { cleanInput } from '../clean/index.js';
import type { Input } from '../core/types.js';
import type { Db } from '../store/db.js';
import { saveArticle } from '../store/write/index.js';
import type { ArticleQueue } from '../queue/index.js';

/** A new item of a feed, its page fetched (or its full text taken from the feed). */
export interface FeedArticle {
  readonly feed: string;
  /** The item's guid (Atom id), else its link. */
  readonly key: string;
  /** The item's link, when it has one. */
  readonly url: string | null;
  readonly input: Input;
}

export type SinkOutcome =
  | {
      readonly ok: true;
      /** new: stored now; known: the same text was already stored (a source row was added); queued: handed on. */
      readonly outcome: 'new' | 'known' | 'queued';
      /** The stored article's id (doc.id), when the sink knows it. */
      readonly articleId: string | null;
    }
  | {
      readonly ok: false;
      readonly code: string;
      readonly message: string;
      /** Worth another try at a later poll (a locked or full disk), unlike an article with no body. */
      readonly retry: boolean;
    };

/** Takes one article; resolves when it is stored (or enqueued). Should not throw; a throw counts as a passing failure. */
export type ArticleSink = (article: FeedArticle) => Promise<SinkOutcome>;

/** The default sink: clean, extract and store the article in `db`, each article in its own transaction. */
export function ingestSink(db: Db): ArticleSink {
  return cleanThen(async (doc, source) => (await saveArticle(db, doc, source)).article);
}

/** The queue's sink (`watch --queue`): clean here, extract and store in `parley worker`. */
export function queueSink(queue: ArticleQueue): ArticleSink {
  return cleanThen(async (doc, source) => ((await queue.enqueue(doc, source)) === 'known' ? 'known' : 'queued'));
}

type Store = (doc: Parameters<typeof saveArticle>[1], source: string) => Promise<'new' | 'known' | 'queued'>;

function cleanThen(store: Store): ArticleSink {
  return async ({ input }) => {
    const cleaned = cleanInput(input);
    if (!cleaned.ok) return { ok: false, code: cleaned.error.code, message: cleaned.error.message, retry: false };
    try {
      return { ok: true, outcome: await store(cleaned.value, input.source), articleId: cleaned.value.id };
    } catch (e) {
      // The transaction rolled back: nothing of this article is stored, and a later poll tries it again.
      const message = e instanceof Error ? (e.message.split('\n')[0] ?? e.name) : String(e);
      return { ok: false, code: 'store/write-failed', message: `could not store the article: ${message}`, retry: true };
    }
  };
}
