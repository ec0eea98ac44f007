// Floor of operation 6: entityGraph(ids: [$id], depth: 2) in one hand-written query: the two hops of
// the bounded expansion (the ranking and per-hop bound of cypher/entity-graph-hop.cypher) and the
// view among the kept entities (cypher/entity-graph-view.cypher), chained in one statement for
// exactly depth 2 (no redirect lookup of the seed). The window parameters are passed as null (the benchmark asks for none). $limit = the API's
// default (200).
MATCH (seed:Entity {id: $id})
WITH [seed.id] AS seeds
CALL (*) {
  UNWIND seeds AS frontierId
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
  WHERE NOT n.id IN seeds
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
  RETURN reached[0..($limit - 1)] AS hop1
}
WITH seeds, hop1, seeds + hop1 AS visited1
CALL (*) {
  UNWIND hop1 AS frontierId
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
  WHERE NOT n.id IN visited1
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
  RETURN reached[0..($limit - size(visited1))] AS hop2
}
WITH visited1 + hop2 AS ids
CALL (ids) {
  MATCH (n:Entity) WHERE n.id IN ids
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
CALL (ids) {
  CALL (ids) {
    MATCH (s:Entity)<-[:SAID_BY]-(a:Attribution)-[:ATTRIBUTES]->(c:Claim)-[:ABOUT]->(t:Entity), (a)-[:RECORDED_IN]->(d:Document)
    WHERE s.id IN ids AND t.id IN ids AND s <> t
    WITH s, t, c, coalesce(a.statedAt, d.publishedAt) AS at
    WHERE ($statedAfter IS NULL OR at >= datetime($statedAfter)) AND ($statedBefore IS NULL OR at < datetime($statedBefore))
    RETURN 'STATED_ABOUT' AS type, s.id AS source, t.id AS target, count(DISTINCT c) AS weight
    UNION ALL
    MATCH (s:Entity)<-[:ABOUT]-(c:Claim)-[:ABOUT]->(t:Entity)
    WHERE s.id IN ids AND t.id IN ids AND s.id < t.id
      AND (($statedAfter IS NULL AND $statedBefore IS NULL)
        OR EXISTS {
          MATCH (c)<-[:ATTRIBUTES]-(a:Attribution)-[:RECORDED_IN]->(d:Document)
          WHERE ($statedAfter IS NULL OR coalesce(a.statedAt, d.publishedAt) >= datetime($statedAfter))
            AND ($statedBefore IS NULL OR coalesce(a.statedAt, d.publishedAt) < datetime($statedBefore))
        })
    RETURN 'CO_MENTIONED' AS type, s.id AS source, t.id AS target, count(DISTINCT c) AS weight
    UNION ALL
    MATCH (s:Entity)-[r:AFFILIATED_WITH]->(t:Entity)
    WHERE s.id IN ids AND t.id IN ids AND s <> t
    RETURN 'AFFILIATED_WITH' AS type, s.id AS source, t.id AS target, count(r) AS weight
    UNION ALL
    MATCH (s:Entity)<-[:PUBLISHED_BY]-(d:Document)<-[:RECORDED_IN]-(a:Attribution)-[:SAID_BY]->(t:Entity), (a)-[:ATTRIBUTES]->(c:Claim)
    WHERE s.id IN ids AND t.id IN ids AND s <> t
    WITH s, t, c, coalesce(a.statedAt, d.publishedAt) AS at
    WHERE ($statedAfter IS NULL OR at >= datetime($statedAfter)) AND ($statedBefore IS NULL OR at < datetime($statedBefore))
    RETURN 'PUBLISHED' AS type, s.id AS source, t.id AS target, count(DISTINCT c) AS weight
  }
  WITH type, source, target, weight ORDER BY type, source, target
  RETURN collect({type: type, source: source, target: target, weight: weight}) AS edges
}
RETURN nodes, edges
