// One page of what each of several entities said (Entity.statements for every entity of a GraphQL
// level in one query): its attributions, newest statement first (keyset: epoch millis of statedAt or
// else the document's publishedAt, then id), with each total. Undated statements come last. A
// resolved or merged id answers for its entity. $requests: [{key, entityId, afterKey, afterId}]; one
// $limit for all (LIMIT takes no variables; the repository sends one query per distinct page size).
UNWIND $requests AS r
CALL (r) {
  OPTIONAL MATCH (:EntityRedirect {id: r.entityId})-[:RESOLVES_TO]->(target:Entity)
  WITH coalesce(target.id, r.entityId) AS speakerId
  OPTIONAL MATCH (:Entity {id: speakerId})<-[:SAID_BY]-(a:Attribution)-[:RECORDED_IN]->(d:Document)
  WITH a, coalesce(coalesce(a.statedAt, d.publishedAt).epochMillis, -9007199254740991) AS sortKey
  // An entity that said nothing leaves one row with a null attribution: not a statement.
  WITH [x IN collect({a: a, k: sortKey}) WHERE x.a IS NOT NULL] AS rows
  WITH size(rows) AS total,
       [x IN rows WHERE r.afterKey IS NULL OR x.k < r.afterKey OR (x.k = r.afterKey AND x.a.id > r.afterId)] AS rest
  CALL (rest) {
    UNWIND rest AS x
    WITH x ORDER BY x.k DESC, x.a.id ASC LIMIT $limit
    WITH x.k AS key, x.a AS a
    RETURN collect({key: key, attribution: a {.id, .mode, .stance, .cue, .quote, .statedAt, .firstReport,
      claimId: [(a)-[:ATTRIBUTES]->(x:Claim) | x.id][0],
      speakerId: [(a)-[:SAID_BY]->(x:Entity) | x.id][0],
      documentId: [(a)-[:RECORDED_IN]->(x:Document) | x.id][0],
      viaId: [(a)-[:VIA]->(x:Attribution) | x.id][0],
      basisId: [(a)-[:BASED_ON]->(x:Document) | x.id][0]}}) AS page
  }
  RETURN total, page
}
RETURN r.key AS key, total, page AS rows
