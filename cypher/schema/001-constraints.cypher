// Every node has a stable id, unique per label. MERGE in the ingest relies on these.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT attribution_id IF NOT EXISTS FOR (n:Attribution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT review_id IF NOT EXISTS FOR (n:Review) REQUIRE n.id IS UNIQUE;
// An entity id that was resolved (or merged) into another entity: it keeps answering with that entity.
CREATE CONSTRAINT entity_redirect_id IF NOT EXISTS FOR (n:EntityRedirect) REQUIRE n.id IS UNIQUE;
