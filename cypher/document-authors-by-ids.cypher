// The authors of each document, for many documents at once.
UNWIND $ids AS id
MATCH (:Document {id: id})-[:AUTHORED_BY]->(e:Entity)
WITH id, e ORDER BY e.name
RETURN id, collect(e {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId}) AS entities
