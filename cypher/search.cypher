// Full-text search over claim texts, direct quotes and entity names/aliases, best first.
// $query is already escaped for Lucene (src/search/luceneQuery.ts): user text is never query syntax.
CALL () {
  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score, 'Claim' AS type
  UNION ALL
  CALL db.index.fulltext.queryNodes('attribution_quote', $query, {limit: $limit}) YIELD node, score
  RETURN node, score, 'Attribution' AS type
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
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
