// Everything mergeEntities must know, read inside its write transaction. Both entities are locked
// first (a property set and removed again: no net change), so concurrent merges touching either of
// them queue up instead of interleaving. Returns: each id as an entity, or as a redirect (an id that
// entity resolution or an earlier merge already points at another entity); both entities' properties
// with their Cypher types (valueType), temporal values as ISO strings, so the merge record can give
// them back exactly; every relationship of the entity to merge, both directions, with its other end,
// typed properties, and whether `keep` already has an equivalent one (same type, direction, other
// end and properties); and the next sequence number of merges into `keep`, which orders them for
// unmerge.
OPTIONAL MATCH (keep:Entity {id: $keepId})
OPTIONAL MATCH (merged:Entity {id: $mergeId})
FOREACH (n IN [x IN [keep, merged] WHERE x IS NOT NULL] | SET n._mergeLock = true REMOVE n._mergeLock)
WITH keep, merged,
     COLLECT { MATCH (merged)-[r]->(o) RETURN {r: r, o: o, direction: 'OUT'} } +
     COLLECT { MATCH (merged)<-[r]-(o) WHERE o <> merged RETURN {r: r, o: o, direction: 'IN'} } AS rels
WITH keep, merged, rels,
     [item IN [keep, merged] + [x IN rels | x.r] |
       CASE WHEN item IS NULL THEN null ELSE
         [k IN keys(item) | {k: k, t: valueType(item[k]), v:
           CASE
             WHEN valueType(item[k]) STARTS WITH 'LIST' AND (valueType(item[k]) CONTAINS 'DATE' OR valueType(item[k]) CONTAINS 'TIME' OR valueType(item[k]) CONTAINS 'DURATION')
               THEN [x IN item[k] | toString(x)]
             WHEN valueType(item[k]) CONTAINS 'DATE' OR valueType(item[k]) CONTAINS 'TIME' OR valueType(item[k]) CONTAINS 'DURATION'
               THEN toString(item[k])
             ELSE item[k]
           END}]
       END] AS typed
RETURN
  CASE WHEN keep IS NULL THEN null ELSE keep {.id, .name, .kind, .aliases, .nameKeys, .description, .wikidataId, properties: typed[0]} END AS keep,
  CASE WHEN merged IS NULL THEN null ELSE merged {.id, .name, .kind, .aliases, .nameKeys, .description, .wikidataId, properties: typed[1]} END AS merged,
  [(r:EntityRedirect {id: $keepId})-[:RESOLVES_TO]->(t:Entity) | {target: t.id, reason: r.reason}][0] AS keepRedirect,
  [(r:EntityRedirect {id: $mergeId})-[:RESOLVES_TO]->(t:Entity) | {target: t.id, reason: r.reason}][0] AS mergeRedirect,
  [i IN range(0, size(rels) - 1) | {
     elementId: elementId(rels[i].r),
     type: type(rels[i].r),
     direction: rels[i].direction,
     otherId: rels[i].o.id,
     otherLabels: labels(rels[i].o),
     otherIsKeep: keep IS NOT NULL AND rels[i].o = keep,
     otherIsMerged: rels[i].o = merged,
     properties: typed[i + 2],
     equivalentOnKeep: keep IS NOT NULL AND CASE rels[i].direction
       WHEN 'OUT' THEN EXISTS { MATCH (keep)-[x]->(o) WHERE o = rels[i].o AND type(x) = type(rels[i].r) AND properties(x) = properties(rels[i].r) }
       ELSE EXISTS { MATCH (keep)<-[x]-(o) WHERE o = rels[i].o AND type(x) = type(rels[i].r) AND properties(x) = properties(rels[i].r) }
     END}] AS relationships,
  reduce(m = 0, s IN COLLECT { MATCH (x:EntityMerge {keepId: $keepId}) RETURN x.seq } | CASE WHEN s > m THEN s ELSE m END) + 1 AS nextSeq
