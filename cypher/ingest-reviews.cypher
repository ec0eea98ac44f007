// Creates or updates fact-check verdicts with their claim and reviewer, both replaced by the input's:
// a review id names one verdict, and whoever writes it last says what it is. Shared by the bundle
// ingest and addReview, so both write reviews the same way. Ids are already validated and resolved
// (entity redirects applied) by the services. updatedAt moves only when a value or a link changed,
// so a replay changes nothing; values are compared one by one because `=` on a null is null, not true.
UNWIND $reviews AS r
MERGE (n:Review {id: r.id})
ON CREATE SET n.createdAt = datetime($now)
WITH n, r, [n.rating, n.ratingValue, n.bestRating, n.worstRating, n.reviewedAt, n.url, n.summary,
            [(n)-[:REVIEWS]->(x:Claim) | x.id], [(n)-[:REVIEWED_BY]->(x:Entity) | x.id]] AS before
SET n.rating = r.rating, n.ratingValue = r.ratingValue, n.bestRating = r.bestRating, n.worstRating = r.worstRating,
    n.reviewedAt = CASE WHEN r.reviewedAt IS NULL THEN null ELSE datetime(r.reviewedAt) END,
    n.url = r.url, n.summary = r.summary
WITH n, r, before
CALL (n, r) {
  // Drop only the links that point elsewhere now, so a replay keeps every relationship as it was.
  OPTIONAL MATCH (n)-[old:REVIEWS|REVIEWED_BY]->(x)
  WHERE (type(old) = 'REVIEWS' AND x.id <> r.claim) OR (type(old) = 'REVIEWED_BY' AND x.id <> r.reviewer)
  DELETE old
}
WITH n, r, before
MATCH (c:Claim {id: r.claim}), (e:Entity {id: r.reviewer})
MERGE (n)-[:REVIEWS]->(c)
MERGE (n)-[:REVIEWED_BY]->(e)
WITH n, before, [n.rating, n.ratingValue, n.bestRating, n.worstRating, n.reviewedAt, n.url, n.summary,
                 [(n)-[:REVIEWS]->(x:Claim) | x.id], [(n)-[:REVIEWED_BY]->(x:Entity) | x.id]] AS after
WHERE any(i IN range(0, size(before) - 1) WHERE NOT coalesce(before[i] = after[i], before[i] IS NULL AND after[i] IS NULL))
SET n.updatedAt = datetime($now)
