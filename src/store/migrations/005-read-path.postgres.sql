-- The read path at 100,000 articles (bench/README.md, "API under load"): full-text search, figures
-- kept up to date by triggers instead of counted on every read, and indexes for the pages that were
-- sorted whole. PostgreSQL's half of the pair; 005-read-path.sqlite.sql builds the same for SQLite,
-- and the derived tables (event_type_counts, entity_counts, entity_role_spells,
-- entity_affiliation_counts, actor_pairs, actor_events, speaker_quotes, disputed_events) have the
-- same columns and meaning on both; only the full-text search differs (event_texts here holds a
-- tsvector per event where SQLite has the FTS5 table event_texts_fts).
--
-- Triggers: a row trigger where each row's effect stands alone (+1 per quote, per role, per
-- affiliation; an idempotent rewrite); a statement trigger with transition tables where "the first
-- row of this entity in this article / event" matters, because PostgreSQL runs AFTER row triggers
-- once the whole statement is done, when every row of a multi-row INSERT is already visible.

-- 1. Quotes by their words: a GIN index on the quote text's words (the queries test
-- to_tsvector('simple', q.text) @@ to_tsquery('simple', …), this expression exactly).
CREATE INDEX quotes_text_search ON quotes USING GIN (to_tsvector('simple', text));

-- 2. Events by the words of their evidence or of a reporting article's title: one row per event with
-- the words of every report (the article's title, then each evidence span). Spans are UTF-16
-- offsets and substr() counts characters: the two agree unless the article has characters outside
-- the Basic Multilingual Plane (emoji) before the span.
CREATE VIEW event_report_texts AS
  SELECT r.event_id, COALESCE(a.title, '') || ' ' || COALESCE((
      SELECT string_agg(substr(a.text, (s ->> 'start')::int + 1, (s ->> 'end')::int - (s ->> 'start')::int), ' ')
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(r.evidence::jsonb) = 'array' THEN r.evidence::jsonb ELSE '[]'::jsonb END) s), '') AS text
  FROM event_reports r JOIN articles a ON a.id = r.article_id;
CREATE TABLE event_texts (
  event_id INTEGER PRIMARY KEY,
  tsv      tsvector NOT NULL
);
INSERT INTO event_texts (event_id, tsv) SELECT event_id, to_tsvector('simple', string_agg(text, ' ')) FROM event_report_texts GROUP BY event_id;
CREATE INDEX event_texts_search ON event_texts USING GIN (tsv);
CREATE FUNCTION parley_event_texts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ev INTEGER;
BEGIN
  IF TG_OP = 'DELETE' THEN ev := OLD.event_id; ELSE ev := NEW.event_id; END IF;
  DELETE FROM event_texts WHERE event_id = ev;
  INSERT INTO event_texts (event_id, tsv)
    SELECT event_id, to_tsvector('simple', string_agg(text, ' ')) FROM event_report_texts WHERE event_id = ev GROUP BY event_id;
  RETURN NULL;
END $$;
CREATE TRIGGER event_texts_sync AFTER INSERT OR DELETE ON event_reports FOR EACH ROW EXECUTE FUNCTION parley_event_texts();

-- 3. Substrings of entity names: no trigram index here (pg_trgm is an extension); the queries read
-- the name keys with LIKE.

-- 4. Events per type, for the timeline's totals without counting every event (an event's type never changes).
CREATE TABLE event_type_counts (type TEXT PRIMARY KEY, events INTEGER NOT NULL);
INSERT INTO event_type_counts (type, events) SELECT type, COUNT(*) FROM events GROUP BY type;
CREATE FUNCTION parley_event_type_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO event_type_counts (type, events) VALUES (NEW.type, 1) ON CONFLICT (type) DO UPDATE SET events = event_type_counts.events + 1;
  ELSE
    UPDATE event_type_counts SET events = events - 1 WHERE type = OLD.type;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER event_type_counts_sync AFTER INSERT OR DELETE ON events FOR EACH ROW EXECUTE FUNCTION parley_event_type_counts();

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

CREATE FUNCTION parley_entity_counts_entity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO entity_counts (entity_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
  ELSE
    DELETE FROM entity_counts WHERE entity_id = OLD.id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER entity_counts_entity AFTER INSERT OR DELETE ON entities FOR EACH ROW EXECUTE FUNCTION parley_entity_counts_entity();

-- Mentions: an article counts once per entity, when the entity's first mention in it arrives.
CREATE FUNCTION parley_mentions_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO entity_counts (entity_id, articles)
    SELECT n.entity_id, COUNT(DISTINCT n.article_id) FROM new_rows n
    WHERE NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_id = n.article_id AND m.entity_id = n.entity_id
                        AND NOT EXISTS (SELECT 1 FROM new_rows x WHERE x.article_id = m.article_id AND x.local_id = m.local_id))
    GROUP BY n.entity_id
  ON CONFLICT (entity_id) DO UPDATE SET articles = entity_counts.articles + excluded.articles;
  RETURN NULL;
END $$;
CREATE TRIGGER entity_counts_mentions_insert AFTER INSERT ON entity_mentions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_mentions_inserted();
CREATE FUNCTION parley_mentions_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE entity_counts c SET articles = c.articles - d.n
  FROM (SELECT o.entity_id, COUNT(DISTINCT o.article_id) AS n FROM old_rows o
        WHERE NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_id = o.article_id AND m.entity_id = o.entity_id)
        GROUP BY o.entity_id) d
  WHERE c.entity_id = d.entity_id;
  RETURN NULL;
END $$;
CREATE TRIGGER entity_counts_mentions_delete AFTER DELETE ON entity_mentions REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_mentions_deleted();

-- Quotes: one per row.
CREATE FUNCTION parley_entity_counts_quote() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.speaker_id IS NOT NULL THEN
    UPDATE entity_counts SET quotes = quotes - 1 WHERE entity_id = OLD.speaker_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.speaker_id IS NOT NULL THEN
    INSERT INTO entity_counts (entity_id, quotes) VALUES (NEW.speaker_id, 1)
    ON CONFLICT (entity_id) DO UPDATE SET quotes = entity_counts.quotes + 1;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER entity_counts_quote AFTER INSERT OR DELETE OR UPDATE OF speaker_id ON quotes FOR EACH ROW EXECUTE FUNCTION parley_entity_counts_quote();

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
CREATE FUNCTION parley_role_spells() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO entity_role_spells AS s (entity_id, title, of_key, first_reported, last_reported, articles)
    VALUES (NEW.entity_id, NEW.title, COALESCE(NEW.of_entity_id, 0), NEW.reported, NEW.reported, 1)
    ON CONFLICT (entity_id, title, of_key) DO UPDATE SET
      first_reported = CASE WHEN s.first_reported IS NULL OR excluded.first_reported < s.first_reported THEN COALESCE(excluded.first_reported, s.first_reported) ELSE s.first_reported END,
      last_reported = CASE WHEN s.last_reported IS NULL OR excluded.last_reported > s.last_reported THEN COALESCE(excluded.last_reported, s.last_reported) ELSE s.last_reported END,
      articles = s.articles + 1;
  ELSE
    UPDATE entity_role_spells SET articles = articles - 1,
      first_reported = (SELECT MIN(reported) FROM entity_roles r WHERE r.entity_id = OLD.entity_id AND r.title = OLD.title AND COALESCE(r.of_entity_id, 0) = COALESCE(OLD.of_entity_id, 0)),
      last_reported = (SELECT MAX(reported) FROM entity_roles r WHERE r.entity_id = OLD.entity_id AND r.title = OLD.title AND COALESCE(r.of_entity_id, 0) = COALESCE(OLD.of_entity_id, 0))
    WHERE entity_id = OLD.entity_id AND title = OLD.title AND of_key = COALESCE(OLD.of_entity_id, 0);
    DELETE FROM entity_role_spells WHERE entity_id = OLD.entity_id AND title = OLD.title AND of_key = COALESCE(OLD.of_entity_id, 0) AND articles <= 0;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER entity_role_spells_sync AFTER INSERT OR DELETE ON entity_roles FOR EACH ROW EXECUTE FUNCTION parley_role_spells();

-- 7. An entity's affiliations, counted: articles per affiliation (one entity_affiliations row per article).
CREATE TABLE entity_affiliation_counts (
  entity_id      INTEGER NOT NULL,
  affiliation_id INTEGER NOT NULL,
  articles       INTEGER NOT NULL,
  PRIMARY KEY (entity_id, affiliation_id)
);
INSERT INTO entity_affiliation_counts (entity_id, affiliation_id, articles)
  SELECT entity_id, affiliation_id, COUNT(*) FROM entity_affiliations GROUP BY entity_id, affiliation_id;
CREATE FUNCTION parley_affiliation_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO entity_affiliation_counts (entity_id, affiliation_id, articles) VALUES (NEW.entity_id, NEW.affiliation_id, 1)
    ON CONFLICT (entity_id, affiliation_id) DO UPDATE SET articles = entity_affiliation_counts.articles + 1;
  ELSE
    UPDATE entity_affiliation_counts SET articles = articles - 1 WHERE entity_id = OLD.entity_id AND affiliation_id = OLD.affiliation_id;
    DELETE FROM entity_affiliation_counts WHERE entity_id = OLD.entity_id AND affiliation_id = OLD.affiliation_id AND articles <= 0;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER entity_affiliation_counts_sync AFTER INSERT OR DELETE ON entity_affiliations FOR EACH ROW EXECUTE FUNCTION parley_affiliation_counts();

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

-- Actors added: the entity's event count, its row in actor_events, and one more shared event for
-- each pair of actors the event did not have before this statement (both already actors: counted).
CREATE FUNCTION parley_actors_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH now_actors AS (
    SELECT DISTINCT a.event_id, a.entity_id FROM event_actors a WHERE a.event_id IN (SELECT event_id FROM new_rows)),
  before_actors AS (
    SELECT DISTINCT a.event_id, a.entity_id FROM event_actors a WHERE a.event_id IN (SELECT event_id FROM new_rows)
      AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.event_id = a.event_id AND n.entity_id = a.entity_id AND n.side = a.side))
  INSERT INTO entity_counts (entity_id, events)
    SELECT x.entity_id, COUNT(*) FROM now_actors x
    WHERE NOT EXISTS (SELECT 1 FROM before_actors p WHERE p.event_id = x.event_id AND p.entity_id = x.entity_id)
    GROUP BY x.entity_id
  ON CONFLICT (entity_id) DO UPDATE SET events = entity_counts.events + excluded.events;
  INSERT INTO actor_events (entity_id, event_id, type, undated, date)
    SELECT DISTINCT n.entity_id, n.event_id, ev.type, CASE WHEN ev.date IS NULL THEN 1 ELSE 0 END, ev.date FROM new_rows n JOIN events ev ON ev.id = n.event_id
  ON CONFLICT DO NOTHING;
  WITH now_actors AS (
    SELECT DISTINCT a.event_id, a.entity_id FROM event_actors a WHERE a.event_id IN (SELECT event_id FROM new_rows)),
  before_actors AS (
    SELECT DISTINCT a.event_id, a.entity_id FROM event_actors a WHERE a.event_id IN (SELECT event_id FROM new_rows)
      AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.event_id = a.event_id AND n.entity_id = a.entity_id AND n.side = a.side))
  INSERT INTO actor_pairs (type, a, b, events, occurred)
    SELECT ev.type, x.entity_id, y.entity_id, COUNT(*), SUM(CASE WHEN ev.status = 'occurred' THEN 1 ELSE 0 END)
    FROM now_actors x JOIN now_actors y ON y.event_id = x.event_id AND y.entity_id > x.entity_id
      JOIN events ev ON ev.id = x.event_id
    WHERE NOT (EXISTS (SELECT 1 FROM before_actors p WHERE p.event_id = x.event_id AND p.entity_id = x.entity_id)
           AND EXISTS (SELECT 1 FROM before_actors p WHERE p.event_id = y.event_id AND p.entity_id = y.entity_id))
    GROUP BY ev.type, x.entity_id, y.entity_id
  ON CONFLICT (type, a, b) DO UPDATE SET events = actor_pairs.events + excluded.events, occurred = actor_pairs.occurred + excluded.occurred;
  RETURN NULL;
END $$;
CREATE TRIGGER actors_inserted AFTER INSERT ON event_actors REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_actors_inserted();

-- Actors removed: the reverse, for the entities that no longer have any row in the event.
CREATE FUNCTION parley_actors_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH now_actors AS (
    SELECT DISTINCT a.event_id, a.entity_id FROM event_actors a WHERE a.event_id IN (SELECT event_id FROM old_rows)),
  gone AS (
    SELECT DISTINCT o.event_id, o.entity_id FROM old_rows o
    WHERE NOT EXISTS (SELECT 1 FROM now_actors x WHERE x.event_id = o.event_id AND x.entity_id = o.entity_id))
  UPDATE entity_counts c SET events = c.events - d.n
  FROM (SELECT entity_id, COUNT(*) AS n FROM gone GROUP BY entity_id) d
  WHERE c.entity_id = d.entity_id;
  DELETE FROM actor_events e USING old_rows o
  WHERE e.entity_id = o.entity_id AND e.event_id = o.event_id
    AND NOT EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = o.event_id AND a.entity_id = o.entity_id);
  WITH now_actors AS (
    SELECT DISTINCT a.event_id, a.entity_id FROM event_actors a WHERE a.event_id IN (SELECT event_id FROM old_rows)),
  before_actors AS (
    SELECT event_id, entity_id FROM now_actors UNION SELECT event_id, entity_id FROM old_rows),
  lost AS (
    SELECT ev.type, x.entity_id AS a, y.entity_id AS b, COUNT(*) AS n, SUM(CASE WHEN ev.status = 'occurred' THEN 1 ELSE 0 END) AS o
    FROM before_actors x JOIN before_actors y ON y.event_id = x.event_id AND y.entity_id > x.entity_id
      JOIN events ev ON ev.id = x.event_id
    WHERE NOT (EXISTS (SELECT 1 FROM now_actors p WHERE p.event_id = x.event_id AND p.entity_id = x.entity_id)
           AND EXISTS (SELECT 1 FROM now_actors p WHERE p.event_id = y.event_id AND p.entity_id = y.entity_id))
    GROUP BY ev.type, x.entity_id, y.entity_id)
  UPDATE actor_pairs q SET events = q.events - lost.n, occurred = q.occurred - lost.o
  FROM lost WHERE q.type = lost.type AND q.a = lost.a AND q.b = lost.b;
  DELETE FROM actor_pairs q USING (SELECT DISTINCT ev.type, o.entity_id FROM old_rows o JOIN events ev ON ev.id = o.event_id) t
  WHERE q.type = t.type AND q.a = t.entity_id AND q.events <= 0;
  DELETE FROM actor_pairs q USING (SELECT DISTINCT ev.type, o.entity_id FROM old_rows o JOIN events ev ON ev.id = o.event_id) t
  WHERE q.type = t.type AND q.b = t.entity_id AND q.events <= 0;
  RETURN NULL;
END $$;
CREATE TRIGGER actors_deleted AFTER DELETE ON event_actors REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_actors_deleted();

-- An event's status or date changed (fusion): its pairs' "took place" counts, its actors' copy of the date.
CREATE FUNCTION parley_events_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD.status = 'occurred') <> (NEW.status = 'occurred') THEN
    UPDATE actor_pairs q SET occurred = q.occurred + CASE WHEN NEW.status = 'occurred' THEN 1 ELSE -1 END
    FROM (SELECT DISTINCT x.entity_id AS a, y.entity_id AS b FROM event_actors x JOIN event_actors y ON y.event_id = x.event_id AND y.entity_id > x.entity_id
          WHERE x.event_id = NEW.id) p
    WHERE q.type = NEW.type AND q.a = p.a AND q.b = p.b;
  END IF;
  IF OLD.date IS DISTINCT FROM NEW.date THEN
    UPDATE actor_events SET undated = CASE WHEN NEW.date IS NULL THEN 1 ELSE 0 END, date = NEW.date
    WHERE entity_id IN (SELECT entity_id FROM event_actors WHERE event_id = NEW.id) AND event_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER events_updated AFTER UPDATE OF status, date ON events FOR EACH ROW EXECUTE FUNCTION parley_events_updated();

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
CREATE FUNCTION parley_speaker_quotes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.speaker_id IS NOT NULL THEN
    DELETE FROM speaker_quotes WHERE speaker_id = OLD.speaker_id AND quote_id = OLD.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.speaker_id IS NOT NULL THEN
    INSERT INTO speaker_quotes (speaker_id, quote_id, undated, published, article_id, span_start)
      SELECT NEW.speaker_id, NEW.id, CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published, NEW.article_id, NEW.span_start
      FROM articles a WHERE a.id = NEW.article_id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER speaker_quotes_sync AFTER INSERT OR DELETE OR UPDATE OF speaker_id ON quotes FOR EACH ROW EXECUTE FUNCTION parley_speaker_quotes();

-- 11. Events whose reports disagree on a figure (some key with two different numbers): the test of
-- resolve/record-queries.ts disputedFacts, kept per event as its reports with figures come and go.
CREATE VIEW event_disputes AS
  SELECT r.event_id FROM event_reports r
    CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(r.numbers::jsonb) = 'object' THEN r.numbers::jsonb ELSE '{}'::jsonb END) j
  WHERE r.numbers <> '{}' AND jsonb_typeof(j.value) = 'number'
  GROUP BY r.event_id, j.key HAVING COUNT(DISTINCT j.value::numeric) > 1;
CREATE TABLE disputed_events (event_id INTEGER PRIMARY KEY);
INSERT INTO disputed_events (event_id) SELECT DISTINCT event_id FROM event_disputes;
CREATE FUNCTION parley_disputed_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ev INTEGER;
BEGIN
  IF TG_OP = 'DELETE' THEN ev := OLD.event_id; ELSE ev := NEW.event_id; END IF;
  DELETE FROM disputed_events WHERE event_id = ev;
  INSERT INTO disputed_events (event_id) SELECT DISTINCT event_id FROM event_disputes WHERE event_id = ev;
  RETURN NULL;
END $$;
CREATE TRIGGER disputed_events_sync AFTER INSERT OR DELETE ON event_reports FOR EACH ROW EXECUTE FUNCTION parley_disputed_events();

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

