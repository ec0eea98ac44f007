// Bulk import: creates attributions whose ids the batch's lookup found nowhere in the graph, then
// their five links (claim, speaker, document, via, basis; ids resolved and checked to exist). CREATE,
// not MERGE, and no before/after comparison: the same properties and links as ingest-attributions
// gives a new attribution, both timestamps `now`. All nodes are created before any link (the count
// is a barrier), so a `via` to an attribution of the same batch finds it whatever the row order.
// Existing ids go through ingest-attributions afterwards.
UNWIND $attributions AS a
CREATE (n:Attribution {id: a.id})
SET n.mode = a.mode, n.stance = a.stance, n.cue = a.cue, n.quote = a.quote, n.firstReport = a.firstReport,
    n.statedAt = CASE WHEN a.statedAt IS NULL THEN null ELSE datetime(a.statedAt) END,
    n.createdAt = datetime($now), n.updatedAt = datetime($now)
WITH count(*) AS created
UNWIND $attributions AS a
MATCH (n:Attribution {id: a.id}), (c:Claim {id: a.claim}), (s:Entity {id: a.speaker}), (d:Document {id: a.document})
CREATE (n)-[:ATTRIBUTES]->(c), (n)-[:SAID_BY]->(s), (n)-[:RECORDED_IN]->(d)
WITH n, a
CALL (n, a) {
  MATCH (v:Attribution {id: a.via})
  CREATE (n)-[:VIA]->(v)
}
CALL (n, a) {
  MATCH (b:Document {id: a.basis})
  CREATE (n)-[:BASED_ON]->(b)
}
