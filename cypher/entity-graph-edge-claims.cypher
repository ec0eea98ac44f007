// The claims behind many entityGraph edges at once (one query for every edge of a response): $edges
// holds {key, type, source, target, statedAfter, statedBefore, first}. Per type: STATED_ABOUT, claims
// `source` stated about `target`; CO_MENTIONED, claims about both; PUBLISHED, claims that documents
// published by `source` attribute to `target`. Statements outside the edge's window do not count.
// Newest statement first (statement time: statedAt, else the document's publishedAt), undated last,
// then id; at most `first` per edge. AFFILIATED_WITH edges have no claims and return no row.
UNWIND $edges AS edge
CALL (edge) {
  MATCH (:Entity {id: edge.source})<-[:SAID_BY]-(a:Attribution)-[:ATTRIBUTES]->(c:Claim)-[:ABOUT]->(:Entity {id: edge.target}),
        (a)-[:RECORDED_IN]->(d:Document)
  WHERE edge.type = 'STATED_ABOUT'
  WITH c, coalesce(a.statedAt, d.publishedAt) AS at
  WHERE (edge.statedAfter IS NULL OR at >= datetime(edge.statedAfter)) AND (edge.statedBefore IS NULL OR at < datetime(edge.statedBefore))
  RETURN c, max(at) AS at
  UNION
  MATCH (:Entity {id: edge.source})<-[:ABOUT]-(c:Claim)-[:ABOUT]->(:Entity {id: edge.target})
  WHERE edge.type = 'CO_MENTIONED'
  OPTIONAL MATCH (c)<-[:ATTRIBUTES]-(a:Attribution)-[:RECORDED_IN]->(d:Document)
  WITH c, a, coalesce(a.statedAt, d.publishedAt) AS at
  WHERE (edge.statedAfter IS NULL AND edge.statedBefore IS NULL)
     OR (a IS NOT NULL
         AND (edge.statedAfter IS NULL OR at >= datetime(edge.statedAfter))
         AND (edge.statedBefore IS NULL OR at < datetime(edge.statedBefore)))
  RETURN c, max(at) AS at
  UNION
  MATCH (:Entity {id: edge.source})<-[:PUBLISHED_BY]-(d:Document)<-[:RECORDED_IN]-(a:Attribution)-[:SAID_BY]->(:Entity {id: edge.target}),
        (a)-[:ATTRIBUTES]->(c:Claim)
  WHERE edge.type = 'PUBLISHED'
  WITH c, coalesce(a.statedAt, d.publishedAt) AS at
  WHERE (edge.statedAfter IS NULL OR at >= datetime(edge.statedAfter)) AND (edge.statedBefore IS NULL OR at < datetime(edge.statedBefore))
  RETURN c, max(at) AS at
}
WITH edge, c, at ORDER BY at IS NULL, at DESC, c.id ASC
WITH edge, collect(c {.id, .text}) AS claims
RETURN edge.key AS key, claims[0..edge.first] AS claims
