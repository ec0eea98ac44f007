// Bulk import: creates documents whose ids the batch's lookup found nowhere in the graph, with their
// publisher and authors (entity ids already resolved, authors de-duplicated, all checked to exist).
// CREATE, not MERGE, and no before/after comparison: the same properties and links as
// ingest-documents gives a new document, both timestamps `now`. Existing ids go through ingest-documents.
UNWIND $documents AS doc
CREATE (d:Document {id: doc.id})
SET d.title = doc.title, d.url = doc.url, d.kind = doc.kind, d.language = doc.language,
    d.publishedAt = CASE WHEN doc.publishedAt IS NULL THEN null ELSE datetime(doc.publishedAt) END,
    d.createdAt = datetime($now), d.updatedAt = datetime($now)
WITH d, doc
CALL (d, doc) {
  MATCH (p:Entity {id: doc.publisher})
  CREATE (d)-[:PUBLISHED_BY]->(p)
}
CALL (d, doc) {
  UNWIND doc.authors AS authorId
  MATCH (a:Entity {id: authorId})
  CREATE (d)-[:AUTHORED_BY]->(a)
}
