// Entities by id, for the per-request loader. An id that was resolved or merged into another entity
// (an EntityRedirect) returns that entity.
UNWIND $ids AS requested
OPTIONAL MATCH (direct:Entity {id: requested})
OPTIONAL MATCH (:EntityRedirect {id: requested})-[:RESOLVES_TO]->(target:Entity)
WITH requested, coalesce(direct, target) AS e
WHERE e IS NOT NULL
RETURN requested, e {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId} AS entity
