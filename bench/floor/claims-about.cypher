// Floor of operation 3: an entity and the first page of the claims about it, newest statement first
// (a claim's newest attribution decides; undated last), with the total. Starts from the entity.
MATCH (e:Entity {id: $entityId})
CALL (e) {
  MATCH (e)<-[:ABOUT]-(c:Claim)
  OPTIONAL MATCH (c)<-[:ATTRIBUTES]-(a:Attribution)-[:RECORDED_IN]->(d:Document)
  WITH c, coalesce(max(coalesce(a.statedAt, d.publishedAt)).epochMillis, -9007199254740991) AS k
  WITH collect({c: c, k: k}) AS rows
  WITH size(rows) AS total, rows
  CALL (rows) {
    UNWIND rows AS r
    WITH r ORDER BY r.k DESC, r.c.id ASC LIMIT $limit
    RETURN collect({key: r.k, id: r.c.id, text: r.c.text}) AS page
  }
  RETURN total, page
}
RETURN e {.id, .name} AS entity, total, page
