// The entities each claim is about, for many claims at once.
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:ABOUT]->(e:Entity)
WITH id, e ORDER BY e.name
RETURN id, collect(e {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId}) AS entities
