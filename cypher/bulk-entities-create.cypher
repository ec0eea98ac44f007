// Bulk import: creates entities whose ids the batch's lookup found nowhere in the graph. CREATE, not
// MERGE, and no before/after comparison: a new node has nothing to compare with. The row carries
// what ingest-entities-upsert would have set on a new entity (aliases without the name and name keys,
// both de-duplicated in order by the planner); both timestamps are `now`, as the upsert's change check
// always moves updatedAt on a new entity. Ids that exist go through ingest-entities-upsert instead.
UNWIND $entities AS e
CREATE (n:Entity {id: e.id})
SET n.name = e.name, n.kind = e.kind, n.anonymous = e.anonymous, n.description = e.description,
    n.wikidataId = e.wikidataId, n.aliases = e.aliases, n.nameKeys = e.nameKeys,
    n.createdAt = datetime($now), n.updatedAt = datetime($now)
