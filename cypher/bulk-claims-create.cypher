// Bulk import: creates claims whose ids the batch's lookup found nowhere in the graph, with ABOUT to
// their entities (ids resolved, de-duplicated, checked to exist). CREATE, not MERGE, and no
// before/after comparison: the same properties and links as ingest-claims gives a new claim, both
// timestamps `now`. Existing ids go through ingest-claims (ABOUT only grows there).
UNWIND $claims AS c
CREATE (n:Claim {id: c.id})
SET n.text = c.text, n.createdAt = datetime($now), n.updatedAt = datetime($now)
WITH n, c
CALL (n, c) {
  UNWIND c.about AS entityId
  MATCH (e:Entity {id: entityId})
  CREATE (n)-[:ABOUT]->(e)
}
