// One hop of entityGraph's expansion: the entities linked to the $frontier (the ids reached by the
// previous hop) by any edge type of the graph view, not yet $visited, heaviest first, at most $perHop
// of them. Bounding every hop here keeps a request from walking the whole graph: the next hop starts
// from these ids only. Cypher has no loop without APOC, so the repository runs this once per hop
// (depth <= 3).
// Weight = distinct claims the entity stated or that are about it, in the window when one is given
// (the same measure as EntityGraphNode.weight; entity-graph-view.cypher computes it for the kept nodes).
// Links from statements only count statements in the window [$statedAfter, $statedBefore) (statement
// time: statedAt, else the document's publishedAt); affiliations count whatever the dates.
UNWIND $frontier AS frontierId
MATCH (f:Entity {id: frontierId})
CALL (f) {
  // f said something about n
  MATCH (f)<-[:SAID_BY]-(a:Attribution)-[:ATTRIBUTES]->(:Claim)-[:ABOUT]->(n:Entity), (a)-[:RECORDED_IN]->(d:Document)
  WITH n, coalesce(a.statedAt, d.publishedAt) AS at
  WHERE ($statedAfter IS NULL OR at >= datetime($statedAfter)) AND ($statedBefore IS NULL OR at < datetime($statedBefore))
  RETURN n
  UNION
  // n said something about f
  MATCH (f)<-[:ABOUT]-(:Claim)<-[:ATTRIBUTES]-(a:Attribution)-[:SAID_BY]->(n:Entity), (a)-[:RECORDED_IN]->(d:Document)
  WITH n, coalesce(a.statedAt, d.publishedAt) AS at
  WHERE ($statedAfter IS NULL OR at >= datetime($statedAfter)) AND ($statedBefore IS NULL OR at < datetime($statedBefore))
  RETURN n
  UNION
  // f and n are subjects of the same claim
  MATCH (f)<-[:ABOUT]-(c:Claim)-[:ABOUT]->(n:Entity)
  WHERE ($statedAfter IS NULL AND $statedBefore IS NULL)
     OR EXISTS {
       MATCH (c)<-[:ATTRIBUTES]-(a:Attribution)-[:RECORDED_IN]->(d:Document)
       WHERE ($statedAfter IS NULL OR coalesce(a.statedAt, d.publishedAt) >= datetime($statedAfter))
         AND ($statedBefore IS NULL OR coalesce(a.statedAt, d.publishedAt) < datetime($statedBefore))
     }
  RETURN n
  UNION
  MATCH (f)-[:AFFILIATED_WITH]-(n:Entity)
  RETURN n
  UNION
  // an outlet and a speaker quoted in its documents, either way round
  MATCH (f)<-[:PUBLISHED_BY]-(d:Document)<-[:RECORDED_IN]-(a:Attribution)-[:SAID_BY]->(n:Entity)
  WITH n, coalesce(a.statedAt, d.publishedAt) AS at
  WHERE ($statedAfter IS NULL OR at >= datetime($statedAfter)) AND ($statedBefore IS NULL OR at < datetime($statedBefore))
  RETURN n
  UNION
  MATCH (f)<-[:SAID_BY]-(a:Attribution)-[:RECORDED_IN]->(d:Document)-[:PUBLISHED_BY]->(n:Entity)
  WITH n, coalesce(a.statedAt, d.publishedAt) AS at
  WHERE ($statedAfter IS NULL OR at >= datetime($statedAfter)) AND ($statedBefore IS NULL OR at < datetime($statedBefore))
  RETURN n
}
WITH DISTINCT n
WHERE NOT n.id IN $visited
WITH n, COUNT {
  MATCH (n)<-[:SAID_BY]-(a:Attribution)-[:ATTRIBUTES]->(c:Claim), (a)-[:RECORDED_IN]->(d:Document)
  WITH c, coalesce(a.statedAt, d.publishedAt) AS at
  WHERE ($statedAfter IS NULL OR at >= datetime($statedAfter)) AND ($statedBefore IS NULL OR at < datetime($statedBefore))
  RETURN c
  UNION
  MATCH (n)<-[:ABOUT]-(c:Claim)
  WHERE ($statedAfter IS NULL AND $statedBefore IS NULL)
     OR EXISTS {
       MATCH (c)<-[:ATTRIBUTES]-(a:Attribution)-[:RECORDED_IN]->(d:Document)
       WHERE ($statedAfter IS NULL OR coalesce(a.statedAt, d.publishedAt) >= datetime($statedAfter))
         AND ($statedBefore IS NULL OR coalesce(a.statedAt, d.publishedAt) < datetime($statedBefore))
     }
  RETURN c
} AS weight
ORDER BY weight DESC, n.id ASC
WITH collect(n.id) AS reached
RETURN size(reached) AS reachedCount, reached[0..$perHop] AS kept
