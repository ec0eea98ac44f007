// The merges that stand (each can be undone with unmergeEntities), newest first; with $keepId (resolved
// through redirects) only the merges into that entity.
WITH CASE WHEN $keepId IS NULL THEN null
          ELSE coalesce([(:EntityRedirect {id: $keepId})-[:RESOLVES_TO]->(t:Entity) | t.id][0], $keepId) END AS keepId
MATCH (m:EntityMerge)
WHERE keepId IS NULL OR m.keepId = keepId
WITH m ORDER BY m.mergedAt DESC, m.seq DESC, m.id ASC LIMIT $limit
RETURN m {.id, .keepId, .mergedId, .mergedName, .mergedAt, .relationshipsMoved} AS merge
