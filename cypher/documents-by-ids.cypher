// Documents by id, for the per-request loader.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, d {.id, .title, .url, .kind, .publishedAt, .language,
  publisherId: [(d)-[:PUBLISHED_BY]->(p:Entity) | p.id][0]} AS document
