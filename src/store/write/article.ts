/** The article and where it was seen: one row per text (doc.id), one source row per place it came from. */
import type { Db } from '../db.js';
import type { Article, Extraction } from '../../core/types.js';

export async function isStored(db: Db, articleId: string): Promise<boolean> {
  return (await db.get<{ id: string }>('SELECT id FROM articles WHERE id = ?', [articleId])) !== undefined;
}

export async function insertArticle(db: Db, x: Extraction): Promise<void> {
  const d = x.doc;
  await db.run(
    `INSERT INTO articles (id, title, outlet, published, language, url, text, extraction, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [d.id, d.title, d.outlet, d.published, d.language, d.url, d.text, JSON.stringify(x), new Date().toISOString()],
  );
}

/** Records that the article was seen at `source`; false when that source was already recorded. */
export async function addSource(db: Db, doc: Article, source: string): Promise<boolean> {
  const r = await db.run(
    'INSERT INTO article_sources (article_id, source, url, outlet, published) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
    [doc.id, source, doc.url, doc.outlet, doc.published],
  );
  return r.changes > 0;
}
