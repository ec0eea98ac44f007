// One page of the claims about each of several entities (Entity.claimsAbout for every entity of a
// GraphQL level in one query), newest statement first, with each total: the order, keyset and snapshot
// of claims-page.cypher with an `about` filter (a claim's newest attribution created by asOf decides;
// claims never stated come last; claims created after asOf are left out). Each request starts from its
// entity's ABOUT relationships (a resolved or merged id answers for its entity), so the work is the
// claims about that entity, not the whole graph. $requests: [{key, entityId, afterKey, afterId, asOf}]; one $limit for all
// (LIMIT takes no variables; the repository sends one query per distinct page size).
UNWIND $requests AS r
CALL (r) {
  WITH coalesce([(:EntityRedirect {id: r.entityId})-[:RESOLVES_TO]->(t:Entity) | t.id][0], r.entityId) AS entityId
  OPTIONAL MATCH (:Entity {id: entityId})<-[:ABOUT]-(c:Claim)
  WHERE c.createdAt IS NULL OR c.createdAt.epochMillis <= r.asOf
  OPTIONAL MATCH (c)<-[:ATTRIBUTES]-(a:Attribution)-[:RECORDED_IN]->(d:Document)
  WHERE a.createdAt IS NULL OR a.createdAt.epochMillis <= r.asOf
  WITH c, coalesce(max(coalesce(a.statedAt, d.publishedAt)).epochMillis, -9007199254740991) AS k
  // An entity no claim is about leaves one row with a null claim: not a claim.
  WITH [x IN collect({c: c, k: k}) WHERE x.c IS NOT NULL] AS rows
  WITH size(rows) AS total,
       [x IN rows WHERE r.afterKey IS NULL OR x.k < r.afterKey OR (x.k = r.afterKey AND x.c.id > r.afterId)] AS rest
  CALL (rest) {
    UNWIND rest AS x
    WITH x ORDER BY x.k DESC, x.c.id ASC LIMIT $limit
    WITH x.k AS key, x.c AS c
    RETURN collect({key: key, claim: c {.id, .text}}) AS page
  }
  RETURN total, page
}
RETURN r.key AS key, total, page AS rows
