-- Cross-document resolution (src/resolve): folded name keys that match spellings the lexicons do not
-- know (Zelenskyy / Zelenskiy, Sybiga / Sybiha), and indexes for the write path's look-ups.

-- kind: 'name' (the whole name, folded by resolve/name-key.ts nameKey) or 'surname' (the folded last
-- word of a multi-word person name: how a surname-only mention finds its person).
CREATE TABLE entity_keys (
  entity_id INTEGER NOT NULL REFERENCES entities (id),
  kind      TEXT NOT NULL,
  key       TEXT NOT NULL,
  PRIMARY KEY (entity_id, kind, key)
);
CREATE INDEX entity_keys_key ON entity_keys (kind, key);

CREATE INDEX entity_affiliations_entity ON entity_affiliations (entity_id);
CREATE INDEX entity_roles_entity ON entity_roles (entity_id);
CREATE INDEX event_reports_article ON event_reports (article_id);
CREATE INDEX quotes_article ON quotes (article_id);
