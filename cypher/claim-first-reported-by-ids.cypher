// Who reported each claim first: the speaker of an attribution marked firstReport (the earliest such
// statement if several are), else the publisher of the earliest-published document recording the claim.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WITH id, c,
  [(c)<-[:ATTRIBUTES]-(a:Attribution {firstReport: true})-[:SAID_BY]->(s:Entity)
     | {at: coalesce(a.statedAt, [(a)-[:RECORDED_IN]->(d:Document) | d.publishedAt][0]), key: a.id, e: s}] AS flagged,
  [(c)<-[:ATTRIBUTES]-(:Attribution)-[:RECORDED_IN]->(d:Document)-[:PUBLISHED_BY]->(p:Entity)
     WHERE d.publishedAt IS NOT NULL | {at: d.publishedAt, key: d.id, e: p}] AS published
WITH id, CASE WHEN size(flagged) > 0 THEN flagged ELSE published END AS candidates
WHERE size(candidates) > 0
WITH id, reduce(best = null, x IN candidates |
  CASE WHEN best IS NULL
         OR (x.at IS NOT NULL AND (best.at IS NULL OR x.at < best.at))
         OR (x.at = best.at AND x.key < best.key)
       THEN x ELSE best END) AS first
WITH id, first.e AS e
RETURN id, e {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId} AS entity
