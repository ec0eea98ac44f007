// Moves relationships of the entity being merged to the entity kept: each row names one relationship
// (by element id, valid inside this transaction) and gets a copy on `keep` with the same type,
// direction, other end and properties. Relationship types cannot be parameters in Cypher, so each
// allowed (type, direction) has its own CREATE (src/entity/merge/movableRelationships.ts lists them);
// the service has already checked every row against that list. The originals go when the merged
// node is deleted (entity-merge-apply). Rows whose keep already has an equivalent relationship are
// not sent: moving them would make a duplicate.
MATCH (keep:Entity {id: $keepId})
UNWIND $moves AS m
MATCH ()-[r]->() WHERE elementId(r) = m.elementId
WITH keep, m, r, CASE m.direction WHEN 'OUT' THEN endNode(r) ELSE startNode(r) END AS o
FOREACH (_ IN CASE WHEN m.type = 'SAID_BY' AND m.direction = 'IN' THEN [1] ELSE [] END | CREATE (o)-[x:SAID_BY]->(keep) SET x = properties(r))
FOREACH (_ IN CASE WHEN m.type = 'ABOUT' AND m.direction = 'IN' THEN [1] ELSE [] END | CREATE (o)-[x:ABOUT]->(keep) SET x = properties(r))
FOREACH (_ IN CASE WHEN m.type = 'PUBLISHED_BY' AND m.direction = 'IN' THEN [1] ELSE [] END | CREATE (o)-[x:PUBLISHED_BY]->(keep) SET x = properties(r))
FOREACH (_ IN CASE WHEN m.type = 'AUTHORED_BY' AND m.direction = 'IN' THEN [1] ELSE [] END | CREATE (o)-[x:AUTHORED_BY]->(keep) SET x = properties(r))
FOREACH (_ IN CASE WHEN m.type = 'AFFILIATED_WITH' AND m.direction = 'OUT' THEN [1] ELSE [] END | CREATE (keep)-[x:AFFILIATED_WITH]->(o) SET x = properties(r))
FOREACH (_ IN CASE WHEN m.type = 'AFFILIATED_WITH' AND m.direction = 'IN' THEN [1] ELSE [] END | CREATE (o)-[x:AFFILIATED_WITH]->(keep) SET x = properties(r))
FOREACH (_ IN CASE WHEN m.type = 'REVIEWED_BY' AND m.direction = 'IN' THEN [1] ELSE [] END | CREATE (o)-[x:REVIEWED_BY]->(keep) SET x = properties(r))
FOREACH (_ IN CASE WHEN m.type = 'RESOLVES_TO' AND m.direction = 'IN' THEN [1] ELSE [] END | CREATE (o)-[x:RESOLVES_TO]->(keep) SET x = properties(r))
RETURN count(r) AS moved
