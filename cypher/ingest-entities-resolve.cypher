// Bundle entities that are an existing entity under another id (same name key or Wikidata id): the
// bundle's names join the existing entity's aliases, gaps (description, Wikidata id) are filled, and
// the bundle id becomes a redirect to the existing entity.
UNWIND $entities AS e
MATCH (n:Entity {id: e.targetId})
WITH n, e, n {.aliases, .nameKeys, .description, .wikidataId} AS before
WITH n, e, before, [x IN coalesce(n.aliases, []) + [e.name] + e.aliases WHERE x <> n.name] AS aliasList
SET n.aliases = reduce(acc = [], x IN aliasList | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.nameKeys = reduce(acc = coalesce(n.nameKeys, []), k IN e.nameKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END),
    n.description = coalesce(n.description, e.description),
    n.wikidataId = coalesce(n.wikidataId, e.wikidataId)
MERGE (r:EntityRedirect {id: e.id})
ON CREATE SET r.createdAt = datetime($now), r.reason = e.resolution
MERGE (r)-[:RESOLVES_TO]->(n)
WITH n, before, n {.aliases, .nameKeys, .description, .wikidataId} AS after
// Compared key by key, null-safely: in Cypher `{a: null} <> {a: 'x'}` is null, not true, which would
// hide a change from nothing to a value.
WHERE any(k IN keys(before) WHERE NOT coalesce(before[k] = after[k], before[k] IS NULL AND after[k] IS NULL))
SET n.updatedAt = datetime($now)
