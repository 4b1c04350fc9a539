-- The record: articles and their sources, global entities with every name and mention, roles over
-- time, quotes, fused events with one report per article. Portable SQL (SQLite now, PostgreSQL
-- later): TEXT for ids and ISO dates, JSON kept as TEXT, no SQLite-only types.

CREATE TABLE articles (
  id          TEXT PRIMARY KEY,          -- sha256:… of the cleaned text (doc.id)
  title       TEXT,
  outlet      TEXT,
  published   TEXT,                      -- ISO date or date-time
  language    TEXT,
  url         TEXT,
  text        TEXT NOT NULL,
  extraction  TEXT NOT NULL,             -- the parley.extraction/1 JSON, as extracted
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);

-- The same article text seen at several places (two URLs, two files): one article, several sources.
CREATE TABLE article_sources (
  article_id TEXT NOT NULL REFERENCES articles (id),
  source     TEXT NOT NULL,              -- path or URL as given
  url        TEXT,
  outlet     TEXT,
  published  TEXT,
  PRIMARY KEY (article_id, source)
);

CREATE TABLE entities (
  id         INTEGER PRIMARY KEY,
  type       TEXT NOT NULL,              -- person | organization | country | location
  name       TEXT NOT NULL,              -- canonical: the fullest form seen
  ref        TEXT,                       -- lexicon identity when known: actor:volodymyr-zelensky, country:UKR, org:nato
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX entities_ref ON entities (ref);

-- Every name an entity was seen under, with its lookup key (accents, case, dots folded).
CREATE TABLE entity_names (
  entity_id INTEGER NOT NULL REFERENCES entities (id),
  name      TEXT NOT NULL,
  key       TEXT NOT NULL,
  PRIMARY KEY (entity_id, key)
);
CREATE INDEX entity_names_key ON entity_names (key);

-- One row per entity of an article: which global entity it is, under what name, with its spans.
CREATE TABLE entity_mentions (
  article_id TEXT NOT NULL REFERENCES articles (id),
  local_id   TEXT NOT NULL,              -- e1, e2… in the extraction
  entity_id  INTEGER NOT NULL REFERENCES entities (id),
  name       TEXT NOT NULL,
  spans      TEXT NOT NULL,              -- JSON [{start, end}] into articles.text
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id);

-- Titles over time: each as one article reported it, dated by that article.
CREATE TABLE entity_roles (
  entity_id    INTEGER NOT NULL REFERENCES entities (id),
  title        TEXT NOT NULL,
  of_entity_id INTEGER REFERENCES entities (id),
  article_id   TEXT NOT NULL REFERENCES articles (id),
  reported     TEXT,                     -- the article's publication date
  PRIMARY KEY (entity_id, title, article_id)
);

CREATE TABLE entity_affiliations (
  entity_id      INTEGER NOT NULL REFERENCES entities (id),
  affiliation_id INTEGER NOT NULL REFERENCES entities (id),
  article_id     TEXT NOT NULL REFERENCES articles (id),
  PRIMARY KEY (entity_id, affiliation_id, article_id)
);

CREATE TABLE quotes (
  id         INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id),
  local_id   TEXT NOT NULL,
  speaker_id INTEGER REFERENCES entities (id),
  text       TEXT NOT NULL,
  kind       TEXT NOT NULL,
  cue        TEXT,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  UNIQUE (article_id, local_id)
);
CREATE INDEX quotes_speaker ON quotes (speaker_id);

-- A real-world event, fused from the reports of every article that tells of it.
CREATE TABLE events (
  id             INTEGER PRIMARY KEY,
  type           TEXT NOT NULL,          -- PLOVER type
  date           TEXT,                   -- best date: the finest one reported
  location_id    INTEGER REFERENCES entities (id),
  status         TEXT NOT NULL,          -- status in the latest report
  first_reported TEXT,
  last_reported  TEXT
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_type ON events (type);

CREATE TABLE event_actors (
  event_id  INTEGER NOT NULL REFERENCES events (id),
  entity_id INTEGER NOT NULL REFERENCES entities (id),
  side      TEXT NOT NULL,               -- source | target
  PRIMARY KEY (event_id, entity_id, side)
);
CREATE INDEX event_actors_entity ON event_actors (entity_id);

-- One article's report of an event: its own status, date, place, figures and evidence.
CREATE TABLE event_reports (
  event_id    INTEGER NOT NULL REFERENCES events (id),
  article_id  TEXT NOT NULL REFERENCES articles (id),
  local_id    TEXT NOT NULL,             -- v1, v2… in the extraction
  status      TEXT NOT NULL,
  date        TEXT,
  location_id INTEGER REFERENCES entities (id),
  numbers     TEXT NOT NULL,             -- JSON {"killed": 3, …}
  evidence    TEXT NOT NULL,             -- JSON [{start, end}] into articles.text
  confidence  REAL NOT NULL,
  reported    TEXT,                      -- the article's publication date
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX event_reports_event ON event_reports (event_id);
