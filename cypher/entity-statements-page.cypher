// One page of what an entity said: its attributions, newest statement first (keyset: epoch millis of
// statedAt or else the document's publishedAt, then id). Undated statements come last.
OPTIONAL MATCH (:EntityRedirect {id: $entityId})-[:RESOLVES_TO]->(target:Entity)
WITH coalesce(target.id, $entityId) AS speakerId
OPTIONAL MATCH (:Entity {id: speakerId})<-[:SAID_BY]-(a:Attribution)-[:RECORDED_IN]->(d:Document)
WITH a, coalesce(coalesce(a.statedAt, d.publishedAt).epochMillis, -9007199254740991) AS sortKey
// An entity that said nothing leaves one row with a null attribution: not a statement.
WITH [r IN collect({a: a, k: sortKey}) WHERE r.a IS NOT NULL] AS rows
WITH size(rows) AS total,
     [r IN rows WHERE $afterKey IS NULL OR r.k < $afterKey OR (r.k = $afterKey AND r.a.id > $afterId)] AS rest
CALL (rest) {
  UNWIND rest AS r
  WITH r ORDER BY r.k DESC, r.a.id ASC LIMIT $limit
  WITH r.k AS key, r.a AS a
  RETURN collect({key: key, attribution: a {.id, .mode, .stance, .cue, .quote, .statedAt, .firstReport,
    claimId: [(a)-[:ATTRIBUTES]->(x:Claim) | x.id][0],
    speakerId: [(a)-[:SAID_BY]->(x:Entity) | x.id][0],
    documentId: [(a)-[:RECORDED_IN]->(x:Document) | x.id][0],
    viaId: [(a)-[:VIA]->(x:Attribution) | x.id][0],
    basisId: [(a)-[:BASED_ON]->(x:Document) | x.id][0]}}) AS page
}
RETURN total, page AS rows
