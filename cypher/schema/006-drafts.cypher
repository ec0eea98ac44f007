// Drafts (src/draft/): the extractor's proposals waiting for review, found by id and listed newest
// first, optionally by status.
CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (n:Draft) REQUIRE n.id IS UNIQUE;
CREATE INDEX draft_created IF NOT EXISTS FOR (n:Draft) ON (n.createdAt);
CREATE INDEX draft_status_created IF NOT EXISTS FOR (n:Draft) ON (n.status, n.createdAt);
