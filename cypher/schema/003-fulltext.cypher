// Full-text indexes behind `search`: claim text, the verbatim words of direct quotes, entity names and aliases.
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text];
CREATE FULLTEXT INDEX attribution_quote IF NOT EXISTS FOR (n:Attribution) ON EACH [n.quote];
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];
