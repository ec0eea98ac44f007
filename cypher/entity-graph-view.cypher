// The nodes and edges of an entityGraph, once the expansion (entity-graph-hop.cypher) has chosen the
// entity ids $ids: each node with its weight, and every link between two of them (an induced
// subgraph, so the view can be drawn as it is). Edge weight = distinct claims behind the link
// (affiliations: the number of roles). Links from statements, and the weights, only count statements
// in the window [$statedAfter, $statedBefore) when one is given (statement time: statedAt, else the
// document's publishedAt); affiliations count whatever the dates. Self-links are left out.
CALL () {
  MATCH (n:Entity) WHERE n.id IN $ids
  RETURN collect(n {.id, label: n.name, .kind, anonymous: coalesce(n.anonymous, false), weight: COUNT {
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
  }}) AS nodes
}
CALL () {
  CALL () {
    MATCH (s:Entity)<-[:SAID_BY]-(a:Attribution)-[:ATTRIBUTES]->(c:Claim)-[:ABOUT]->(t:Entity), (a)-[:RECORDED_IN]->(d:Document)
    WHERE s.id IN $ids AND t.id IN $ids AND s <> t
    WITH s, t, c, coalesce(a.statedAt, d.publishedAt) AS at
    WHERE ($statedAfter IS NULL OR at >= datetime($statedAfter)) AND ($statedBefore IS NULL OR at < datetime($statedBefore))
    RETURN 'STATED_ABOUT' AS type, s.id AS source, t.id AS target, count(DISTINCT c) AS weight
    UNION ALL
    MATCH (s:Entity)<-[:ABOUT]-(c:Claim)-[:ABOUT]->(t:Entity)
    WHERE s.id IN $ids AND t.id IN $ids AND s.id < t.id
      AND (($statedAfter IS NULL AND $statedBefore IS NULL)
        OR EXISTS {
          MATCH (c)<-[:ATTRIBUTES]-(a:Attribution)-[:RECORDED_IN]->(d:Document)
          WHERE ($statedAfter IS NULL OR coalesce(a.statedAt, d.publishedAt) >= datetime($statedAfter))
            AND ($statedBefore IS NULL OR coalesce(a.statedAt, d.publishedAt) < datetime($statedBefore))
        })
    RETURN 'CO_MENTIONED' AS type, s.id AS source, t.id AS target, count(DISTINCT c) AS weight
    UNION ALL
    MATCH (s:Entity)-[r:AFFILIATED_WITH]->(t:Entity)
    WHERE s.id IN $ids AND t.id IN $ids AND s <> t
    RETURN 'AFFILIATED_WITH' AS type, s.id AS source, t.id AS target, count(r) AS weight
    UNION ALL
    MATCH (s:Entity)<-[:PUBLISHED_BY]-(d:Document)<-[:RECORDED_IN]-(a:Attribution)-[:SAID_BY]->(t:Entity), (a)-[:ATTRIBUTES]->(c:Claim)
    WHERE s.id IN $ids AND t.id IN $ids AND s <> t
    WITH s, t, c, coalesce(a.statedAt, d.publishedAt) AS at
    WHERE ($statedAfter IS NULL OR at >= datetime($statedAfter)) AND ($statedBefore IS NULL OR at < datetime($statedBefore))
    RETURN 'PUBLISHED' AS type, s.id AS source, t.id AS target, count(DISTINCT c) AS weight
  }
  WITH type, source, target, weight ORDER BY type, source, target
  RETURN collect({type: type, source: source, target: target, weight: weight}) AS edges
}
RETURN nodes, edges
