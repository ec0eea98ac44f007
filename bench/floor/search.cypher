// Floor of operation 4: the best hits of the three full-text indexes together (claim texts, direct
// quotes, entity names and aliases), best first, each index capped at the page size.
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
WITH node, score, type ORDER BY score DESC, node.id ASC LIMIT $limit
RETURN type, score, node {.id, .text, .quote, .name} AS node
