// relateClaims: adds `from TYPE to` unless it already exists (SAME_AS, being symmetric, also exists
// when `to SAME_AS from` does). Writes only when both claims exist and reports which do, so the
// service can name an unknown id while nothing is written. Relationship types cannot be parameters,
// so each allowed type has its own MERGE and $type (checked against the allow-list) picks one.
OPTIONAL MATCH (a:Claim {id: $from})
OPTIONAL MATCH (b:Claim {id: $to})
WITH a, b, a IS NOT NULL AND b IS NOT NULL AS both
WITH a, b, both,
     CASE WHEN both THEN EXISTS {
       MATCH (a)-[r:SUPPORTS|CONTRADICTS|NARROWS|SAME_AS]-(b)
       WHERE type(r) = $type AND (startNode(r) = a OR $type = 'SAME_AS')
     } ELSE false END AS existed
WITH a, b, both, existed, CASE WHEN both AND NOT existed THEN [1] ELSE [] END AS add
FOREACH (_ IN CASE WHEN $type = 'SUPPORTS' THEN add ELSE [] END | MERGE (a)-[:SUPPORTS]->(b))
FOREACH (_ IN CASE WHEN $type = 'CONTRADICTS' THEN add ELSE [] END | MERGE (a)-[:CONTRADICTS]->(b))
FOREACH (_ IN CASE WHEN $type = 'NARROWS' THEN add ELSE [] END | MERGE (a)-[:NARROWS]->(b))
FOREACH (_ IN CASE WHEN $type = 'SAME_AS' THEN add ELSE [] END | MERGE (a)-[:SAME_AS]->(b))
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, size(add) > 0 AS changed
