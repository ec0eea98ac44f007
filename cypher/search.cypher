// Full-text search over claim texts, direct quotes and entity names/aliases, best first, filtered.
// $query is already escaped for Lucene (src/search/luceneQuery.ts): user text is never query syntax.
// Filters are applied here, right after each index call and before each branch's LIMIT, so a selective
// filter still fills the page (a fixed top-N filtered afterwards would come back short). Without
// statement filters $indexOptions caps each index at $limit; with them it is {} and every index hit is
// considered. Filter entity ids are resolved through EntityRedirect, as in claims-page.cypher.
// The filter comes as one map, $filter {kinds, saidBy, about, attributionFiltered, dated, from, to}, the
// period being [from, to) in epoch millis, applied when dated: Neo4j re-plans a query when a top-level
// parameter changes type or list-size bucket (null vs a date, 1 vs 5 ids), and a map keeps every
// combination of filters on one cached plan.
// A branch whose kind is not in $filter.kinds has no input row, so its index is not queried at all.
WITH [id IN $filter.saidBy | coalesce([(:EntityRedirect {id: id})-[:RESOLVES_TO]->(t:Entity) | t.id][0], id)] AS speakerIds,
     [id IN $filter.about | coalesce([(:EntityRedirect {id: id})-[:RESOLVES_TO]->(t:Entity) | t.id][0], id)] AS aboutIds
CALL (speakerIds, aboutIds) {
  // Claims: about one of aboutIds, and one attribution both by a listed speaker and in the period.
  WITH * WHERE 'CLAIM' IN $filter.kinds
  CALL db.index.fulltext.queryNodes('claim_text', $query, $indexOptions) YIELD node, score
  WHERE (size(aboutIds) = 0 OR EXISTS { MATCH (node)-[:ABOUT]->(e:Entity) WHERE e.id IN aboutIds })
    AND (NOT $filter.attributionFiltered OR EXISTS {
      MATCH (node)<-[:ATTRIBUTES]-(a:Attribution)-[:SAID_BY]->(s:Entity), (a)-[:RECORDED_IN]->(d:Document)
      WHERE (size(speakerIds) = 0 OR s.id IN speakerIds)
        AND (NOT $filter.dated OR (coalesce(a.statedAt, d.publishedAt).epochMillis >= $filter.from
                                AND coalesce(a.statedAt, d.publishedAt).epochMillis < $filter.to))
    })
  WITH node, score ORDER BY score DESC, node.id ASC LIMIT $limit
  RETURN node, score, 'Claim' AS type
  UNION ALL
  // Attributions (direct quotes): their own speaker, their claim's entities, their own time.
  WITH * WHERE 'ATTRIBUTION' IN $filter.kinds
  CALL db.index.fulltext.queryNodes('attribution_quote', $query, $indexOptions) YIELD node, score
  WITH node, score, speakerIds, aboutIds,
       coalesce(node.statedAt, [(node)-[:RECORDED_IN]->(d:Document) | d.publishedAt][0]).epochMillis AS at
  WHERE (size(speakerIds) = 0 OR EXISTS { MATCH (node)-[:SAID_BY]->(s:Entity) WHERE s.id IN speakerIds })
    AND (size(aboutIds) = 0 OR EXISTS { MATCH (node)-[:ATTRIBUTES]->(:Claim)-[:ABOUT]->(e:Entity) WHERE e.id IN aboutIds })
    AND (NOT $filter.dated OR (at >= $filter.from AND at < $filter.to))
  WITH node, score ORDER BY score DESC, node.id ASC LIMIT $limit
  RETURN node, score, 'Attribution' AS type
  UNION ALL
  // Entities: a speaker or subject filter keeps only the listed entities themselves; an entity has
  // no time, so a date filter keeps none.
  WITH * WHERE 'ENTITY' IN $filter.kinds AND NOT $filter.dated
  CALL db.index.fulltext.queryNodes('entity_names', $query, $indexOptions) YIELD node, score
  WHERE (size(speakerIds) = 0 OR node.id IN speakerIds)
    AND (size(aboutIds) = 0 OR node.id IN aboutIds)
  WITH node, score ORDER BY score DESC, node.id ASC LIMIT $limit
  RETURN node, score, 'Entity' AS type
}
WITH node AS n, score, type
ORDER BY score DESC, n.id ASC
LIMIT $limit
RETURN type, score, CASE type
  WHEN 'Claim' THEN n {.id, .text}
  WHEN 'Entity' THEN n {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId}
  ELSE n {.id, .mode, .stance, .cue, .quote, .statedAt, .firstReport,
    claimId: [(n)-[:ATTRIBUTES]->(x:Claim) | x.id][0],
    speakerId: [(n)-[:SAID_BY]->(x:Entity) | x.id][0],
    documentId: [(n)-[:RECORDED_IN]->(x:Document) | x.id][0],
    viaId: [(n)-[:VIA]->(x:Attribution) | x.id][0],
    basisId: [(n)-[:BASED_ON]->(x:Document) | x.id][0]}
  END AS record
