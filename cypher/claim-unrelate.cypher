// unrelateClaims: removes `from TYPE to` (SAME_AS, being symmetric, in either direction). Deletes only
// when both claims exist and reports which do, so the service can name an unknown id while nothing
// is written. The type is matched as a value ($type, checked against the allow-list), never spliced in.
OPTIONAL MATCH (a:Claim {id: $from})
OPTIONAL MATCH (b:Claim {id: $to})
CALL (a, b) {
  OPTIONAL MATCH (a)-[r:SUPPORTS|CONTRADICTS|NARROWS|SAME_AS]-(b)
  WHERE a IS NOT NULL AND b IS NOT NULL AND type(r) = $type AND (startNode(r) = a OR $type = 'SAME_AS')
  DELETE r
  RETURN count(r) AS removed
}
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, removed > 0 AS changed
