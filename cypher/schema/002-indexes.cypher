// Range indexes for the filters and orderings the queries use.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_anonymous IF NOT EXISTS FOR (n:Entity) ON (n.anonymous);
CREATE INDEX entity_wikidata IF NOT EXISTS FOR (n:Entity) ON (n.wikidataId);
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.publishedAt);
CREATE INDEX attribution_stated IF NOT EXISTS FOR (n:Attribution) ON (n.statedAt);
CREATE INDEX attribution_mode IF NOT EXISTS FOR (n:Attribution) ON (n.mode);
CREATE INDEX attribution_stance IF NOT EXISTS FOR (n:Attribution) ON (n.stance);
