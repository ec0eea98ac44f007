// topEntities: the entities the most distinct claims are about (only claims stated by $saidBy when
// given; a merged or resolved id finds its entity through EntityRedirect), most first, then by name and id.
WITH coalesce([(:EntityRedirect {id: $saidBy})-[:RESOLVES_TO]->(t:Entity) | t.id][0], $saidBy) AS speakerId
MATCH (c:Claim)-[:ABOUT]->(e:Entity)
WHERE speakerId IS NULL OR EXISTS { MATCH (c)<-[:ATTRIBUTES]-(:Attribution)-[:SAID_BY]->(:Entity {id: speakerId}) }
WITH e, count(DISTINCT c) AS count
ORDER BY count DESC, e.name ASC, e.id ASC
LIMIT $first
RETURN e {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId} AS entity, count
