-- The feed watcher's memory (`parley watch`, src/watch): what each feed answered last, so the next
-- poll is a conditional GET, and every item seen, so a restart fetches nothing it already has.
-- Portable SQL (SQLite and PostgreSQL): times are ISO 8601 UTC text, as in the other tables.

CREATE TABLE feeds (
  url            TEXT PRIMARY KEY,
  etag           TEXT,                   -- validators of the last representation fully handled:
  last_modified  TEXT,                   -- sent back as If-None-Match / If-Modified-Since
  last_polled_at TEXT,
  failures       INTEGER NOT NULL DEFAULT 0,  -- consecutive failed polls (backoff), 0 after a good one
  next_poll_at   TEXT,                   -- not before this (the interval, backoff or Retry-After)
  last_error     TEXT
);

-- One row per item of a feed, keyed by its guid (Atom id) or else its link.
CREATE TABLE feed_items (
  feed_url      TEXT NOT NULL REFERENCES feeds (url),
  item_key      TEXT NOT NULL,
  article_url   TEXT,                    -- the item's link, when it has one
  first_seen_at TEXT NOT NULL,
  status        TEXT NOT NULL,           -- ok (ingested or handed on) | retry (a transient failure) | failed (given up)
  attempts      INTEGER NOT NULL DEFAULT 1,
  last_error    TEXT,
  article_id    TEXT,                    -- articles.id (doc.id) once stored, when known
  PRIMARY KEY (feed_url, item_key)
);
-- The same link in two feeds (an outlet's section feeds) is fetched once.
CREATE INDEX feed_items_article_url ON feed_items (article_url);
