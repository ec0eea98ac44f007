// The relationship side of undoing a merge, after entity-unmerge-restore-entity re-created the merged
// entity: each relationship the merge moved or removed goes back to it, with its exact properties
// (types restored as in entity-unmerge-restore-entity). A moved one takes its copy off `keep`; one
// that keep already had stays on keep too. A relationship whose counterpart on keep is gone (changed
// since the merge, e.g. a re-ingested attribution now names another speaker) is not restored, nor one
// whose other end was deleted: the rows returned are those restored. The other end is found by label
// and id (one branch per label); relationship types cannot be parameters, so each allowed (type,
// direction) has its own CREATE (src/entity/merge/movableRelationships.ts).
MATCH (merged:Entity {id: $mergedId}), (keep:Entity {id: $keepId})
UNWIND $relationships AS row
CALL (row) {
  MATCH (o:Entity {id: row.otherId}) WHERE row.otherLabel = 'Entity' RETURN o
  UNION
  MATCH (o:Document {id: row.otherId}) WHERE row.otherLabel = 'Document' RETURN o
  UNION
  MATCH (o:Claim {id: row.otherId}) WHERE row.otherLabel = 'Claim' RETURN o
  UNION
  MATCH (o:Attribution {id: row.otherId}) WHERE row.otherLabel = 'Attribution' RETURN o
  UNION
  MATCH (o:Review {id: row.otherId}) WHERE row.otherLabel = 'Review' RETURN o
  UNION
  MATCH (o:EntityRedirect {id: row.otherId}) WHERE row.otherLabel = 'EntityRedirect' RETURN o
}
WITH merged, keep, row, o, [p IN row.properties | {k: p.k, v:
  CASE
    WHEN p.t STARTS WITH 'ZONED DATETIME' THEN datetime(p.v)
    WHEN p.t STARTS WITH 'LOCAL DATETIME' THEN localdatetime(p.v)
    WHEN p.t STARTS WITH 'DATE' THEN date(p.v)
    WHEN p.t STARTS WITH 'ZONED TIME' THEN time(p.v)
    WHEN p.t STARTS WITH 'LOCAL TIME' THEN localtime(p.v)
    WHEN p.t STARTS WITH 'DURATION' THEN duration(p.v)
    WHEN p.t STARTS WITH 'INTEGER' THEN toInteger(p.v)
    WHEN p.t STARTS WITH 'FLOAT' THEN toFloat(p.v)
    WHEN p.t STARTS WITH 'LIST<ZONED DATETIME' THEN [x IN p.v | datetime(x)]
    WHEN p.t STARTS WITH 'LIST<LOCAL DATETIME' THEN [x IN p.v | localdatetime(x)]
    WHEN p.t STARTS WITH 'LIST<DATE' THEN [x IN p.v | date(x)]
    WHEN p.t STARTS WITH 'LIST<INTEGER' THEN [x IN p.v | toInteger(x)]
    WHEN p.t STARTS WITH 'LIST<FLOAT' THEN [x IN p.v | toFloat(x)]
    ELSE p.v
  END}] AS props
// Every counterpart is looked up before anything is deleted (Cypher finishes a clause for all rows
// before the next), so a relationship that keep "already had" finds the copy a moved twin left.
WITH merged, keep, row, o, props,
     CASE row.direction
       WHEN 'OUT' THEN COLLECT { MATCH (keep)-[k]->(o) WHERE type(k) = row.type AND size(keys(k)) = size(props) AND all(p IN props WHERE k[p.k] = p.v) RETURN k }
       ELSE COLLECT { MATCH (keep)<-[k]-(o) WHERE type(k) = row.type AND size(keys(k)) = size(props) AND all(p IN props WHERE k[p.k] = p.v) RETURN k }
     END AS counterparts
WHERE row.outcome = 'DROPPED' OR size(counterparts) > 0
FOREACH (k IN CASE WHEN row.outcome = 'MOVED' THEN counterparts[0..1] ELSE [] END | DELETE k)
FOREACH (_ IN CASE WHEN row.type = 'SAID_BY' AND row.direction = 'IN' THEN [1] ELSE [] END | CREATE (o)-[x:SAID_BY]->(merged) FOREACH (p IN props | SET x[p.k] = p.v))
FOREACH (_ IN CASE WHEN row.type = 'ABOUT' AND row.direction = 'IN' THEN [1] ELSE [] END | CREATE (o)-[x:ABOUT]->(merged) FOREACH (p IN props | SET x[p.k] = p.v))
FOREACH (_ IN CASE WHEN row.type = 'PUBLISHED_BY' AND row.direction = 'IN' THEN [1] ELSE [] END | CREATE (o)-[x:PUBLISHED_BY]->(merged) FOREACH (p IN props | SET x[p.k] = p.v))
FOREACH (_ IN CASE WHEN row.type = 'AUTHORED_BY' AND row.direction = 'IN' THEN [1] ELSE [] END | CREATE (o)-[x:AUTHORED_BY]->(merged) FOREACH (p IN props | SET x[p.k] = p.v))
FOREACH (_ IN CASE WHEN row.type = 'AFFILIATED_WITH' AND row.direction = 'OUT' THEN [1] ELSE [] END | CREATE (merged)-[x:AFFILIATED_WITH]->(o) FOREACH (p IN props | SET x[p.k] = p.v))
FOREACH (_ IN CASE WHEN row.type = 'AFFILIATED_WITH' AND row.direction = 'IN' THEN [1] ELSE [] END | CREATE (o)-[x:AFFILIATED_WITH]->(merged) FOREACH (p IN props | SET x[p.k] = p.v))
FOREACH (_ IN CASE WHEN row.type = 'REVIEWED_BY' AND row.direction = 'IN' THEN [1] ELSE [] END | CREATE (o)-[x:REVIEWED_BY]->(merged) FOREACH (p IN props | SET x[p.k] = p.v))
FOREACH (_ IN CASE WHEN row.type = 'RESOLVES_TO' AND row.direction = 'IN' THEN [1] ELSE [] END | CREATE (o)-[x:RESOLVES_TO]->(merged) FOREACH (p IN props | SET x[p.k] = p.v))
RETURN count(row) AS restored
