-- The read path at 100,000 articles (bench/README.md, "API under load"): full-text search, figures
-- kept up to date by triggers instead of counted on every read, and indexes for the pages that were
-- sorted whole. SQLite's half of the pair; 005-read-path.postgres.sql builds the same for PostgreSQL.
--
-- The derived tables are kept by triggers on INSERT and DELETE of the rows they summarise (and on
-- the UPDATEs the write path makes: an event's status and date, a quote's speaker); the tests in
-- src/store/queries/read-path.test.ts recount every one of them from its tables. Inside a trigger
-- body a semicolon is followed by more text on its line, which any statement splitter keeps.

-- 1. Quotes by their words: an external-content FTS5 index on quotes(text), kept in step by triggers.
-- quotes.id is the rowid (INTEGER PRIMARY KEY), so VACUUM cannot move the index out of step.
CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, content = 'quotes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text); END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text); END;

-- 2. Events by the words of their evidence or of a reporting article's title: one row per event,
-- holding every report's article title and evidence spans. Contentless (the text is in the articles
-- already); a new or removed report rewrites its event's row. Spans are UTF-16 offsets and substr()
-- counts characters: the two agree unless the article has characters outside the Basic
-- Multilingual Plane (emoji) before the span.
-- The row's rowid is the event's id plus, above bit 32, a key that never decreases along the
-- timeline's order: dated events by year and month (YYYY, then YYYY-MM…, then ISO weeks YYYY-W…),
-- undated events last, any other form of date 0 (always read). FTS5 hands matches out in rowid
-- order, so the first page of a text search reads the matches of the first months alone
-- (src/store/queries/fts.ts, textPage); an event whose date changes moves its row.
CREATE VIEW event_report_texts AS
  SELECT r.event_id, COALESCE(a.title, '') || ' ' || COALESCE((SELECT group_concat(substr(a.text, json_extract(s.value, '$.start') + 1, json_extract(s.value, '$.end') - json_extract(s.value, '$.start')), ' ') FROM json_each(CASE WHEN json_valid(r.evidence) THEN r.evidence ELSE '[]' END) s), '') AS text
  FROM event_reports r JOIN articles a ON a.id = r.article_id;
CREATE VIEW event_text_rowids AS
  SELECT id AS event_id, id + 4294967296 * (CASE
      WHEN date IS NULL THEN 1048576
      WHEN date GLOB '[0-9][0-9][0-9][0-9]' THEN 1 + 14 * CAST(date AS INTEGER)
      WHEN date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN 1 + 14 * CAST(substr(date, 1, 4) AS INTEGER) + min(CAST(substr(date, 6, 2) AS INTEGER), 12)
      WHEN date GLOB '[0-9][0-9][0-9][0-9]-W*' THEN 1 + 14 * CAST(substr(date, 1, 4) AS INTEGER) + 13
      ELSE 0 END) AS fts_rowid
  FROM events;
CREATE VIRTUAL TABLE event_texts_fts USING fts5 (text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO event_texts_fts (rowid, text)
  SELECT k.fts_rowid, t.text FROM (SELECT event_id, group_concat(text, ' ') AS text FROM event_report_texts GROUP BY event_id) t JOIN event_text_rowids k ON k.event_id = t.event_id;
CREATE TRIGGER event_texts_insert AFTER INSERT ON event_reports BEGIN
  DELETE FROM event_texts_fts WHERE rowid = (SELECT fts_rowid FROM event_text_rowids WHERE event_id = new.event_id); INSERT INTO event_texts_fts (rowid, text) SELECT (SELECT fts_rowid FROM event_text_rowids WHERE event_id = new.event_id), group_concat(text, ' ') FROM event_report_texts WHERE event_id = new.event_id GROUP BY event_id; END;
CREATE TRIGGER event_texts_delete AFTER DELETE ON event_reports BEGIN
  DELETE FROM event_texts_fts WHERE rowid = (SELECT fts_rowid FROM event_text_rowids WHERE event_id = old.event_id); INSERT INTO event_texts_fts (rowid, text) SELECT (SELECT fts_rowid FROM event_text_rowids WHERE event_id = old.event_id), group_concat(text, ' ') FROM event_report_texts WHERE event_id = old.event_id GROUP BY event_id; END;
CREATE TRIGGER event_texts_date AFTER UPDATE OF date ON events WHEN old.date IS NOT new.date BEGIN
  DELETE FROM event_texts_fts WHERE rowid = old.id + 4294967296 * (CASE WHEN old.date IS NULL THEN 1048576 WHEN old.date GLOB '[0-9][0-9][0-9][0-9]' THEN 1 + 14 * CAST(old.date AS INTEGER) WHEN old.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN 1 + 14 * CAST(substr(old.date, 1, 4) AS INTEGER) + min(CAST(substr(old.date, 6, 2) AS INTEGER), 12) WHEN old.date GLOB '[0-9][0-9][0-9][0-9]-W*' THEN 1 + 14 * CAST(substr(old.date, 1, 4) AS INTEGER) + 13 ELSE 0 END); INSERT INTO event_texts_fts (rowid, text) SELECT (SELECT fts_rowid FROM event_text_rowids WHERE event_id = new.id), group_concat(text, ' ') FROM event_report_texts WHERE event_id = new.id GROUP BY event_id; END;

-- 3. Substrings of entity names: a trigram index over each entity's name keys, one row per entity
-- (its rowid the entity's id; the keys one a line, and no key or query holds a line break, so a
-- match never spans two keys). A new or removed name rewrites its entity's row.
CREATE VIRTUAL TABLE entity_keys_fts USING fts5 (keys, tokenize = 'trigram');
INSERT INTO entity_keys_fts (rowid, keys) SELECT entity_id, group_concat(key, char(10)) FROM entity_names GROUP BY entity_id;
CREATE TRIGGER entity_keys_fts_insert AFTER INSERT ON entity_names BEGIN
  DELETE FROM entity_keys_fts WHERE rowid = new.entity_id; INSERT INTO entity_keys_fts (rowid, keys) SELECT entity_id, group_concat(key, char(10)) FROM entity_names WHERE entity_id = new.entity_id GROUP BY entity_id; END;
CREATE TRIGGER entity_keys_fts_delete AFTER DELETE ON entity_names BEGIN
  DELETE FROM entity_keys_fts WHERE rowid = old.entity_id; INSERT INTO entity_keys_fts (rowid, keys) SELECT entity_id, group_concat(key, char(10)) FROM entity_names WHERE entity_id = old.entity_id GROUP BY entity_id; END;

-- 4. Events per type, for the timeline's totals without counting every event (an event's type never changes).
CREATE TABLE event_type_counts (type TEXT PRIMARY KEY, events INTEGER NOT NULL);
INSERT INTO event_type_counts (type, events) SELECT type, COUNT(*) FROM events GROUP BY type;
CREATE TRIGGER event_type_counts_insert AFTER INSERT ON events BEGIN
  INSERT INTO event_type_counts (type, events) VALUES (new.type, 1) ON CONFLICT (type) DO UPDATE SET events = events + 1; END;
CREATE TRIGGER event_type_counts_delete AFTER DELETE ON events BEGIN
  UPDATE event_type_counts SET events = events - 1 WHERE type = old.type; END;

-- 5. How often the record met each entity: articles that mention it, events it is an actor of,
-- quotes attributed to it. One row per entity, written with the entity.
CREATE TABLE entity_counts (
  entity_id INTEGER PRIMARY KEY,
  articles  INTEGER NOT NULL DEFAULT 0,
  events    INTEGER NOT NULL DEFAULT 0,
  quotes    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO entity_counts (entity_id) SELECT id FROM entities;
UPDATE entity_counts SET articles = m.n
  FROM (SELECT entity_id, COUNT(DISTINCT article_id) AS n FROM entity_mentions GROUP BY entity_id) m WHERE m.entity_id = entity_counts.entity_id;
UPDATE entity_counts SET events = x.n
  FROM (SELECT entity_id, COUNT(DISTINCT event_id) AS n FROM event_actors GROUP BY entity_id) x WHERE x.entity_id = entity_counts.entity_id;
UPDATE entity_counts SET quotes = x.n
  FROM (SELECT speaker_id AS entity_id, COUNT(*) AS n FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id) x WHERE x.entity_id = entity_counts.entity_id;
CREATE INDEX entity_counts_articles ON entity_counts (articles, entity_id);
CREATE TRIGGER entity_counts_entity AFTER INSERT ON entities BEGIN
  INSERT INTO entity_counts (entity_id) VALUES (new.id) ON CONFLICT DO NOTHING; END;
CREATE TRIGGER entity_counts_entity_delete AFTER DELETE ON entities BEGIN
  DELETE FROM entity_counts WHERE entity_id = old.id; END;
-- (+m.entity_id: the article's few mentions are read by the primary key, never a busy entity's all.)
CREATE TRIGGER entity_counts_mention AFTER INSERT ON entity_mentions
  WHEN NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_id = new.article_id AND +m.entity_id = new.entity_id AND m.local_id <> new.local_id) BEGIN
  INSERT INTO entity_counts (entity_id, articles) VALUES (new.entity_id, 1) ON CONFLICT (entity_id) DO UPDATE SET articles = articles + 1; END;
CREATE TRIGGER entity_counts_mention_delete AFTER DELETE ON entity_mentions
  WHEN NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_id = old.article_id AND +m.entity_id = old.entity_id) BEGIN
  UPDATE entity_counts SET articles = articles - 1 WHERE entity_id = old.entity_id; END;
CREATE TRIGGER entity_counts_actor AFTER INSERT ON event_actors
  WHEN NOT EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = new.event_id AND a.entity_id = new.entity_id AND a.side <> new.side) BEGIN
  INSERT INTO entity_counts (entity_id, events) VALUES (new.entity_id, 1) ON CONFLICT (entity_id) DO UPDATE SET events = events + 1; END;
CREATE TRIGGER entity_counts_actor_delete AFTER DELETE ON event_actors
  WHEN NOT EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = old.event_id AND a.entity_id = old.entity_id) BEGIN
  UPDATE entity_counts SET events = events - 1 WHERE entity_id = old.entity_id; END;
CREATE TRIGGER entity_counts_quote AFTER INSERT ON quotes WHEN new.speaker_id IS NOT NULL BEGIN
  INSERT INTO entity_counts (entity_id, quotes) VALUES (new.speaker_id, 1) ON CONFLICT (entity_id) DO UPDATE SET quotes = quotes + 1; END;
CREATE TRIGGER entity_counts_quote_delete AFTER DELETE ON quotes WHEN old.speaker_id IS NOT NULL BEGIN
  UPDATE entity_counts SET quotes = quotes - 1 WHERE entity_id = old.speaker_id; END;
CREATE TRIGGER entity_counts_quote_update AFTER UPDATE OF speaker_id ON quotes BEGIN
  UPDATE entity_counts SET quotes = quotes - 1 WHERE entity_id = old.speaker_id; INSERT INTO entity_counts (entity_id, quotes) SELECT new.speaker_id, 1 WHERE new.speaker_id IS NOT NULL ON CONFLICT (entity_id) DO UPDATE SET quotes = quotes + 1; END;

-- 6. An entity's titles over time, summarised: one row per title and "of" entity (0: none), with the
-- first and last report and the articles that gave it (entity_roles has one row per article).
CREATE TABLE entity_role_spells (
  entity_id      INTEGER NOT NULL,
  title          TEXT NOT NULL,
  of_key         INTEGER NOT NULL,
  first_reported TEXT,
  last_reported  TEXT,
  articles       INTEGER NOT NULL,
  PRIMARY KEY (entity_id, title, of_key)
);
INSERT INTO entity_role_spells (entity_id, title, of_key, first_reported, last_reported, articles)
  SELECT entity_id, title, COALESCE(of_entity_id, 0), MIN(reported), MAX(reported), COUNT(*) FROM entity_roles GROUP BY entity_id, title, COALESCE(of_entity_id, 0);
CREATE TRIGGER entity_role_spells_insert AFTER INSERT ON entity_roles BEGIN
  INSERT INTO entity_role_spells (entity_id, title, of_key, first_reported, last_reported, articles)
  VALUES (new.entity_id, new.title, COALESCE(new.of_entity_id, 0), new.reported, new.reported, 1)
  ON CONFLICT (entity_id, title, of_key) DO UPDATE SET
    first_reported = CASE WHEN first_reported IS NULL OR excluded.first_reported < first_reported THEN COALESCE(excluded.first_reported, first_reported) ELSE first_reported END,
    last_reported = CASE WHEN last_reported IS NULL OR excluded.last_reported > last_reported THEN COALESCE(excluded.last_reported, last_reported) ELSE last_reported END,
    articles = articles + 1; END;
CREATE TRIGGER entity_role_spells_delete AFTER DELETE ON entity_roles BEGIN
  UPDATE entity_role_spells SET articles = articles - 1,
    first_reported = (SELECT MIN(reported) FROM entity_roles r WHERE r.entity_id = old.entity_id AND r.title = old.title AND COALESCE(r.of_entity_id, 0) = COALESCE(old.of_entity_id, 0)),
    last_reported = (SELECT MAX(reported) FROM entity_roles r WHERE r.entity_id = old.entity_id AND r.title = old.title AND COALESCE(r.of_entity_id, 0) = COALESCE(old.of_entity_id, 0))
  WHERE entity_id = old.entity_id AND title = old.title AND of_key = COALESCE(old.of_entity_id, 0); DELETE FROM entity_role_spells WHERE entity_id = old.entity_id AND title = old.title AND of_key = COALESCE(old.of_entity_id, 0) AND articles <= 0; END;

-- 7. An entity's affiliations, counted: articles per affiliation (one entity_affiliations row per article).
CREATE TABLE entity_affiliation_counts (
  entity_id      INTEGER NOT NULL,
  affiliation_id INTEGER NOT NULL,
  articles       INTEGER NOT NULL,
  PRIMARY KEY (entity_id, affiliation_id)
);
INSERT INTO entity_affiliation_counts (entity_id, affiliation_id, articles)
  SELECT entity_id, affiliation_id, COUNT(*) FROM entity_affiliations GROUP BY entity_id, affiliation_id;
CREATE TRIGGER entity_affiliation_counts_insert AFTER INSERT ON entity_affiliations BEGIN
  INSERT INTO entity_affiliation_counts (entity_id, affiliation_id, articles) VALUES (new.entity_id, new.affiliation_id, 1)
  ON CONFLICT (entity_id, affiliation_id) DO UPDATE SET articles = articles + 1; END;
CREATE TRIGGER entity_affiliation_counts_delete AFTER DELETE ON entity_affiliations BEGIN
  UPDATE entity_affiliation_counts SET articles = articles - 1 WHERE entity_id = old.entity_id AND affiliation_id = old.affiliation_id; DELETE FROM entity_affiliation_counts WHERE entity_id = old.entity_id AND affiliation_id = old.affiliation_id AND articles <= 0; END;

-- 8. Who took part in events of a type with whom: one row per event type and pair of actors (a < b),
-- with the events they share and how many of those took place (status 'occurred'). The actor
-- network and an entity's counterparts read it instead of joining every event of the type.
CREATE TABLE actor_pairs (
  type     TEXT NOT NULL,
  a        INTEGER NOT NULL,
  b        INTEGER NOT NULL,
  events   INTEGER NOT NULL,
  occurred INTEGER NOT NULL,
  PRIMARY KEY (type, a, b)
);
INSERT INTO actor_pairs (type, a, b, events, occurred)
  SELECT ev.type, x.entity_id, y.entity_id, COUNT(*), SUM(CASE WHEN ev.status = 'occurred' THEN 1 ELSE 0 END)
  FROM (SELECT DISTINCT event_id, entity_id FROM event_actors) x
    JOIN (SELECT DISTINCT event_id, entity_id FROM event_actors) y ON y.event_id = x.event_id AND y.entity_id > x.entity_id
    JOIN events ev ON ev.id = x.event_id
  GROUP BY ev.type, x.entity_id, y.entity_id;
CREATE INDEX actor_pairs_a_events ON actor_pairs (type, a, events);
CREATE INDEX actor_pairs_b_events ON actor_pairs (type, b, events);
CREATE INDEX actor_pairs_events ON actor_pairs (type, events);
CREATE TRIGGER actor_pairs_insert AFTER INSERT ON event_actors
  WHEN NOT EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = new.event_id AND a.entity_id = new.entity_id AND a.side <> new.side) BEGIN
  INSERT INTO actor_pairs (type, a, b, events, occurred)
    SELECT ev.type, MIN(new.entity_id, o.entity_id), MAX(new.entity_id, o.entity_id), 1, CASE WHEN ev.status = 'occurred' THEN 1 ELSE 0 END
    FROM (SELECT DISTINCT entity_id FROM event_actors WHERE event_id = new.event_id AND entity_id <> new.entity_id) o JOIN events ev ON ev.id = new.event_id
    WHERE true
  ON CONFLICT (type, a, b) DO UPDATE SET events = events + excluded.events, occurred = occurred + excluded.occurred; END;
CREATE TRIGGER actor_pairs_delete AFTER DELETE ON event_actors
  WHEN NOT EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = old.event_id AND a.entity_id = old.entity_id) BEGIN
  UPDATE actor_pairs SET events = events - 1, occurred = occurred - (SELECT CASE WHEN ev.status = 'occurred' THEN 1 ELSE 0 END FROM events ev WHERE ev.id = old.event_id)
  WHERE type = (SELECT type FROM events WHERE id = old.event_id) AND a = old.entity_id AND b IN (SELECT entity_id FROM event_actors WHERE event_id = old.event_id); UPDATE actor_pairs SET events = events - 1, occurred = occurred - (SELECT CASE WHEN ev.status = 'occurred' THEN 1 ELSE 0 END FROM events ev WHERE ev.id = old.event_id)
  WHERE type = (SELECT type FROM events WHERE id = old.event_id) AND b = old.entity_id AND a IN (SELECT entity_id FROM event_actors WHERE event_id = old.event_id); DELETE FROM actor_pairs WHERE type = (SELECT type FROM events WHERE id = old.event_id) AND a = old.entity_id AND events <= 0; DELETE FROM actor_pairs WHERE type = (SELECT type FROM events WHERE id = old.event_id) AND b = old.entity_id AND events <= 0; END;
CREATE TRIGGER actor_pairs_status AFTER UPDATE OF status ON events
  WHEN (old.status = 'occurred') <> (new.status = 'occurred') BEGIN
  UPDATE actor_pairs SET occurred = occurred + CASE WHEN new.status = 'occurred' THEN 1 ELSE -1 END
  WHERE type = new.type AND (a, b) IN (SELECT x.entity_id, y.entity_id FROM event_actors x JOIN event_actors y ON y.event_id = x.event_id AND y.entity_id > x.entity_id WHERE x.event_id = new.id GROUP BY x.entity_id, y.entity_id); END;

-- 9. Each entity's events in timeline order (undated last, then date, then id), a copy of the
-- events' types and dates beside the actors: the events of a busy actor (of one type) are paged and
-- counted without reading all of them.
CREATE TABLE actor_events (
  entity_id INTEGER NOT NULL,
  event_id  INTEGER NOT NULL,
  type      TEXT NOT NULL,
  undated   INTEGER NOT NULL,
  date      TEXT,
  PRIMARY KEY (entity_id, event_id)
);
INSERT INTO actor_events (entity_id, event_id, type, undated, date)
  SELECT a.entity_id, a.event_id, ev.type, CASE WHEN ev.date IS NULL THEN 1 ELSE 0 END, ev.date
  FROM (SELECT DISTINCT entity_id, event_id FROM event_actors) a JOIN events ev ON ev.id = a.event_id;
CREATE INDEX actor_events_timeline ON actor_events (entity_id, undated, date, event_id);
CREATE INDEX actor_events_type_timeline ON actor_events (entity_id, type, undated, date, event_id);
CREATE TRIGGER actor_events_insert AFTER INSERT ON event_actors BEGIN
  INSERT INTO actor_events (entity_id, event_id, type, undated, date) SELECT new.entity_id, new.event_id, ev.type, CASE WHEN ev.date IS NULL THEN 1 ELSE 0 END, ev.date FROM events ev WHERE ev.id = new.event_id ON CONFLICT DO NOTHING; END;
CREATE TRIGGER actor_events_delete AFTER DELETE ON event_actors
  WHEN NOT EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = old.event_id AND a.entity_id = old.entity_id) BEGIN
  DELETE FROM actor_events WHERE entity_id = old.entity_id AND event_id = old.event_id; END;
CREATE TRIGGER actor_events_date AFTER UPDATE OF date ON events WHEN old.date IS NOT new.date BEGIN
  UPDATE actor_events SET undated = CASE WHEN new.date IS NULL THEN 1 ELSE 0 END, date = new.date
  WHERE entity_id IN (SELECT entity_id FROM event_actors WHERE event_id = new.id) AND event_id = new.id; END;

-- 10. Each speaker's quotes latest first (the quote list's order: undated articles last, then the
-- article's publication date, newest first, then article, place in it, id), a copy of the
-- articles' dates beside the quotes: a busy speaker's quotes are paged without sorting all of them.
-- (An article's publication date never changes once it is stored.)
CREATE TABLE speaker_quotes (
  speaker_id INTEGER NOT NULL,
  quote_id   INTEGER NOT NULL,
  undated    INTEGER NOT NULL,
  published  TEXT,
  article_id TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  PRIMARY KEY (speaker_id, quote_id)
);
INSERT INTO speaker_quotes (speaker_id, quote_id, undated, published, article_id, span_start)
  SELECT q.speaker_id, q.id, CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published, q.article_id, q.span_start
  FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id IS NOT NULL;
CREATE INDEX speaker_quotes_latest ON speaker_quotes (speaker_id, undated, published DESC, article_id, span_start, quote_id);
CREATE TRIGGER speaker_quotes_insert AFTER INSERT ON quotes WHEN new.speaker_id IS NOT NULL BEGIN
  INSERT INTO speaker_quotes (speaker_id, quote_id, undated, published, article_id, span_start) SELECT new.speaker_id, new.id, CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published, new.article_id, new.span_start FROM articles a WHERE a.id = new.article_id; END;
CREATE TRIGGER speaker_quotes_delete AFTER DELETE ON quotes WHEN old.speaker_id IS NOT NULL BEGIN
  DELETE FROM speaker_quotes WHERE speaker_id = old.speaker_id AND quote_id = old.id; END;
CREATE TRIGGER speaker_quotes_update AFTER UPDATE OF speaker_id ON quotes BEGIN
  DELETE FROM speaker_quotes WHERE speaker_id = old.speaker_id AND quote_id = old.id; INSERT INTO speaker_quotes (speaker_id, quote_id, undated, published, article_id, span_start) SELECT new.speaker_id, new.id, CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published, new.article_id, new.span_start FROM articles a WHERE a.id = new.article_id AND new.speaker_id IS NOT NULL; END;

-- 11. Events whose reports disagree on a figure (some key with two different numbers): the test of
-- resolve/record-queries.ts disputedFacts, kept per event as its reports with figures come and go.
CREATE VIEW event_disputes AS
  SELECT r.event_id FROM event_reports r, json_each(CASE WHEN json_valid(r.numbers) AND json_type(r.numbers) = 'object' THEN r.numbers ELSE '{}' END) j
  WHERE r.numbers <> '{}' AND j.type IN ('integer', 'real')
  GROUP BY r.event_id, j.key HAVING COUNT(DISTINCT j.value) > 1;
CREATE TABLE disputed_events (event_id INTEGER PRIMARY KEY);
INSERT INTO disputed_events (event_id) SELECT DISTINCT event_id FROM event_disputes;
CREATE TRIGGER disputed_events_insert AFTER INSERT ON event_reports WHEN new.numbers <> '{}' BEGIN
  DELETE FROM disputed_events WHERE event_id = new.event_id; INSERT INTO disputed_events (event_id) SELECT DISTINCT event_id FROM event_disputes WHERE event_id = new.event_id; END;
CREATE TRIGGER disputed_events_delete AFTER DELETE ON event_reports WHEN old.numbers <> '{}' BEGIN
  DELETE FROM disputed_events WHERE event_id = old.event_id; INSERT INTO disputed_events (event_id) SELECT DISTINCT event_id FROM event_disputes WHERE event_id = old.event_id; END;

-- 12. Indexes for pages that were sorted whole or counted row by row: events of one type or status in
-- timeline order, articles latest first, what is ahead (upcoming: planned events and live
-- deadlines, by date), entities of a type.
CREATE INDEX events_type_timeline ON events (type, (CASE WHEN date IS NULL THEN 1 ELSE 0 END), date, id);
CREATE INDEX events_status_timeline ON events (status, (CASE WHEN date IS NULL THEN 1 ELSE 0 END), date, id);
CREATE INDEX articles_latest ON articles ((CASE WHEN published IS NULL THEN 1 ELSE 0 END), published DESC, id);
-- Articles by outlet, and by words of their title read from an index instead of the articles' rows
-- (the queries test LOWER(outlet) = … and LOWER(title) LIKE …, these expressions exactly).
CREATE INDEX articles_outlet ON articles ((LOWER(outlet)));
CREATE INDEX articles_title ON articles ((LOWER(title)));
CREATE INDEX events_upcoming ON events (date, id, status, type) WHERE status = 'planned' OR (type IN ('THREATEN', 'REQUEST') AND status <> 'cancelled');
CREATE INDEX entities_type ON entities (type);

