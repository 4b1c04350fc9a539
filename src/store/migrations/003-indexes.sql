-- Indexes for the read path, found by bench/record-load.ts at 100,000 articles (bench/README.md,
-- "The record"). Portable: PostgreSQL has expression and partial indexes too.

-- The timeline's order (undated last, then date, then id) as an index, so that a page of the
-- timeline reads its 50 rows in order instead of sorting every event (and computing each one's
-- source counts) first.
CREATE INDEX events_timeline ON events ((CASE WHEN date IS NULL THEN 1 ELSE 0 END), date, id);

-- Disputed facts read only the reports that carry figures (a few per cent of them), in event order.
CREATE INDEX event_reports_numbers ON event_reports (event_id, article_id) WHERE numbers <> '{}';
