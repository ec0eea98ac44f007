// Creates or updates documents with their publisher and authors (both replaced by the bundle's).
UNWIND $documents AS doc
MERGE (d:Document {id: doc.id})
ON CREATE SET d.createdAt = datetime($now)
WITH d, doc, d {.title, .url, .kind, .publishedAt, .language} AS before,
     [(d)-[:PUBLISHED_BY]->(p:Entity) | p.id] AS oldPublisher,
     [(d)-[:AUTHORED_BY]->(a:Entity) | a.id] AS oldAuthors
SET d.title = doc.title, d.url = doc.url, d.kind = doc.kind, d.language = doc.language,
    d.publishedAt = CASE WHEN doc.publishedAt IS NULL THEN null ELSE datetime(doc.publishedAt) END
WITH d, doc, before, oldPublisher, oldAuthors
CALL (d, doc) {
  OPTIONAL MATCH (d)-[old:PUBLISHED_BY]->(p:Entity) WHERE doc.publisher IS NULL OR p.id <> doc.publisher
  DELETE old
}
CALL (d, doc) {
  OPTIONAL MATCH (d)-[old:AUTHORED_BY]->(a:Entity) WHERE NOT a.id IN doc.authors
  DELETE old
}
CALL (d, doc) {
  OPTIONAL MATCH (p:Entity {id: doc.publisher})
  FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (d)-[:PUBLISHED_BY]->(p))
}
CALL (d, doc) {
  UNWIND doc.authors AS authorId
  MATCH (a:Entity {id: authorId})
  MERGE (d)-[:AUTHORED_BY]->(a)
}
WITH d, before, oldPublisher, oldAuthors, doc, d {.title, .url, .kind, .publishedAt, .language} AS after
// Compared key by key, null-safely: in Cypher `{a: null} <> {a: 'x'}` is null, not true, which would
// hide a change from nothing to a value.
WHERE any(k IN keys(before) WHERE NOT coalesce(before[k] = after[k], before[k] IS NULL AND after[k] IS NULL))
   OR oldPublisher <> CASE WHEN doc.publisher IS NULL THEN [] ELSE [doc.publisher] END
   OR size(oldAuthors) <> size(doc.authors) OR any(x IN doc.authors WHERE NOT x IN oldAuthors)
SET d.updatedAt = datetime($now)
