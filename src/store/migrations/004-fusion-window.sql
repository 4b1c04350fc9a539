-- Event fusion reads only the events of a type dated or reported near a new report
-- (src/resolve/events.ts, candidates): these indexes make that a range read.
CREATE INDEX events_type_reported ON events (type, last_reported);
CREATE INDEX events_type_date ON events (type, date);
