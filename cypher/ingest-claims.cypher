// Creates or updates claims. ABOUT only grows: a claim can be shared by many bundles, and one
// bundle naming fewer entities must not erase what another recorded.
UNWIND $claims AS c
MERGE (n:Claim {id: c.id})
ON CREATE SET n.createdAt = datetime($now)
WITH n, c, n.text AS beforeText, size([(n)-[:ABOUT]->(x) | x]) AS beforeAbout
SET n.text = c.text
WITH n, c, beforeText, beforeAbout
CALL (n, c) {
  UNWIND c.about AS entityId
  MATCH (e:Entity {id: entityId})
  MERGE (n)-[:ABOUT]->(e)
}
WITH n, beforeText, beforeAbout
WHERE beforeText IS NULL OR beforeText <> n.text OR beforeAbout <> size([(n)-[:ABOUT]->(x) | x])
SET n.updatedAt = datetime($now)
