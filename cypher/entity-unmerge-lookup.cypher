// Everything unmergeEntities must know, read inside its write transaction after locking the kept
// entity (so a concurrent merge into it waits): the merge record of the id, if any; the merges that
// depend on it (later merges into the same kept entity, or the kept entity itself merged away since),
// which must be undone first; and, when there is no record, what the id is instead (an entity of its
// own, or an id resolved to another entity at ingest), for the error message.
OPTIONAL MATCH (rec:EntityMerge {mergedId: $mergedId})
OPTIONAL MATCH (keep:Entity {id: rec.keepId})
FOREACH (n IN [x IN [keep] WHERE x IS NOT NULL] | SET n._mergeLock = true REMOVE n._mergeLock)
RETURN
  CASE WHEN rec IS NULL THEN null ELSE rec {.id, .keepId, .mergedId, .seq, .snapshot} END AS merge,
  keep IS NOT NULL AS keepExists,
  COLLECT { MATCH (later:EntityMerge {keepId: rec.keepId}) WHERE later.seq > rec.seq
            RETURN later.mergedId ORDER BY later.seq DESC } AS laterMerges,
  COLLECT { MATCH (away:EntityMerge {mergedId: rec.keepId}) RETURN away.keepId }[0] AS keepMergedInto,
  EXISTS { MATCH (:Entity {id: $mergedId}) } AS isEntity,
  [(r:EntityRedirect {id: $mergedId})-[:RESOLVES_TO]->(t:Entity) | {target: t.id, reason: r.reason}][0] AS redirect
