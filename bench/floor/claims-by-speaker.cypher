// Floor of operation 2: one page of the claims a speaker stated, newest statement first (a claim's
// newest attribution by that speaker decides; keyset on epoch millis then id), with the total. Starts
// from the speaker, so the work is the speaker's statements, not the whole graph.
MATCH (:Entity {id: $speakerId})<-[:SAID_BY]-(a:Attribution)-[:ATTRIBUTES]->(c:Claim), (a)-[:RECORDED_IN]->(d:Document)
WITH c, coalesce(max(coalesce(a.statedAt, d.publishedAt)).epochMillis, -9007199254740991) AS k
WITH collect({c: c, k: k}) AS rows
WITH size(rows) AS total, [r IN rows WHERE $afterKey IS NULL OR r.k < $afterKey OR (r.k = $afterKey AND r.c.id > $afterId)] AS rest
CALL (rest) {
  UNWIND rest AS r
  WITH r ORDER BY r.k DESC, r.c.id ASC LIMIT $limit
  RETURN collect({key: r.k, id: r.c.id, text: r.c.text}) AS page
}
RETURN total, page
