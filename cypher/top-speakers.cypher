// topSpeakers: the speakers of the most distinct claims (only claims about $about when given; a merged
// or resolved id finds its entity through EntityRedirect), most first, then by name and id.
WITH coalesce([(:EntityRedirect {id: $about})-[:RESOLVES_TO]->(t:Entity) | t.id][0], $about) AS aboutId
MATCH (s:Entity)<-[:SAID_BY]-(:Attribution)-[:ATTRIBUTES]->(c:Claim)
WHERE aboutId IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(:Entity {id: aboutId}) }
WITH s, count(DISTINCT c) AS count
ORDER BY count DESC, s.name ASC, s.id ASC
LIMIT $first
RETURN s {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId} AS entity, count
