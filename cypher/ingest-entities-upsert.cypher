// Creates or updates entities under their own ids. Aliases and name keys only grow (a renamed entity
// keeps its old name as an alias); description and Wikidata id are replaced only by non-null values,
// so a bundle that mentions an entity briefly does not erase what another bundle said about it.
// updatedAt moves only when something changed, so replaying a bundle changes nothing.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.createdAt = datetime($now), n.name = e.name, n.aliases = [], n.nameKeys = []
WITH n, e, n {.name, .kind, .anonymous, .description, .aliases, .wikidataId, .nameKeys} AS before
WITH n, e, before,
     [x IN coalesce(n.aliases, []) + CASE WHEN n.name <> e.name THEN [n.name] ELSE [] END + e.aliases WHERE x <> e.name] AS aliasList
SET n.name = e.name,
    n.kind = e.kind,
    n.anonymous = e.anonymous,
    n.description = coalesce(e.description, n.description),
    n.wikidataId = coalesce(e.wikidataId, n.wikidataId),
    n.aliases = reduce(acc = [], x IN aliasList | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.nameKeys = reduce(acc = coalesce(n.nameKeys, []), k IN e.nameKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END)
WITH n, before, n {.name, .kind, .anonymous, .description, .aliases, .wikidataId, .nameKeys} AS after
// Compared key by key, null-safely: in Cypher `{a: null} <> {a: 'x'}` is null, not true, which would
// hide a change from nothing to a value.
WHERE any(k IN keys(before) WHERE NOT coalesce(before[k] = after[k], before[k] IS NULL AND after[k] IS NULL))
SET n.updatedAt = datetime($now)
