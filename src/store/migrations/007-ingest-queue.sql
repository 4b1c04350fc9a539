-- Articles queued for the ingest workers (`parley ingest --queue`, `parley worker`; PostgreSQL). Any
-- worker extracts any article, in parallel; the record takes them strictly in queue order (seq), so
-- that N workers write the same record as one `parley ingest` of the same inputs: resolution and
-- fusion read what earlier articles wrote. A row is deleted once its article is in the record.
CREATE TABLE ingest_queue (
  seq        INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL,
  source     TEXT NOT NULL,
  article    TEXT NOT NULL,              -- the cleaned Article, JSON
  extraction TEXT,                       -- parley.extraction/1 JSON once staged; NULL for a known text
  state      TEXT NOT NULL,              -- queued | staged | failed
  job_id     TEXT,                       -- the pg-boss job that carries it
  error      TEXT,                       -- why it failed, one line
  queued_at  TEXT NOT NULL
);
CREATE INDEX ingest_queue_state ON ingest_queue (state, seq);
CREATE INDEX ingest_queue_article ON ingest_queue (article_id, source);
