// Distinct speakers of each claim's attributions, for many claims at once.
UNWIND $ids AS id
MATCH (:Claim {id: id})<-[:ATTRIBUTES]-(:Attribution)-[:SAID_BY]->(s:Entity)
WITH DISTINCT id, s ORDER BY s.name
RETURN id, collect(s {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId}) AS entities
