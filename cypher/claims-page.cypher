// One page of claims matching a filter, newest statement first, with the total count.
// A claim matches when its own filters hold (text, about) and one of its attributions satisfies every
// attribution filter together; that attribution's time (statedAt, else the document's publishedAt)
// orders the claim. Keyset: epoch millis of the newest matching statement (undated last), then id.
// Snapshot: claims and attributions created after $asOf (epoch millis, fixed by the first page and
// carried in the cursor) are left out, so inserts made while a client pages neither reorder the
// claims still ahead of the cursor nor change totalCount: nothing is returned twice or skipped.
WITH [id IN coalesce($saidBy, []) | coalesce([(:EntityRedirect {id: id})-[:RESOLVES_TO]->(t:Entity) | t.id][0], id)] AS speakerIds,
     [id IN coalesce($about, []) | coalesce([(:EntityRedirect {id: id})-[:RESOLVES_TO]->(t:Entity) | t.id][0], id)] AS aboutIds
// Start where the filter is narrowest, so the work grows with what the speakers said or with the
// claims about the subjects, not with the whole graph: from the speakers' statements when saidBy is
// given (those statements are the only candidate attributions, so they are not expanded again from
// their claims), else from the subjects' claims and all their attributions when about is given, else
// from every claim. Exactly one branch has an input row; the filters below then hold whichever branch
// produced the row. A claim with no attribution (as of the snapshot) keeps one row with a null `a`.
CALL (speakerIds, aboutIds) {
  WITH * WHERE size(speakerIds) > 0
  MATCH (s:Entity)<-[:SAID_BY]-(a:Attribution)-[:ATTRIBUTES]->(c:Claim)
  WHERE s.id IN speakerIds AND (a.createdAt IS NULL OR a.createdAt.epochMillis <= $asOf)
  MATCH (a)-[:RECORDED_IN]->(d:Document)
  RETURN c, a, s, d
  UNION ALL
  WITH * WHERE size(speakerIds) = 0 AND size(aboutIds) > 0
  MATCH (e:Entity)<-[:ABOUT]-(c:Claim)
  WHERE e.id IN aboutIds
  WITH DISTINCT c
  OPTIONAL MATCH (c)<-[:ATTRIBUTES]-(a:Attribution)-[:SAID_BY]->(s:Entity), (a)-[:RECORDED_IN]->(d:Document)
  WHERE a.createdAt IS NULL OR a.createdAt.epochMillis <= $asOf
  RETURN c, a, s, d
  UNION ALL
  WITH * WHERE size(speakerIds) = 0 AND size(aboutIds) = 0
  MATCH (c:Claim)
  OPTIONAL MATCH (c)<-[:ATTRIBUTES]-(a:Attribution)-[:SAID_BY]->(s:Entity), (a)-[:RECORDED_IN]->(d:Document)
  WHERE a.createdAt IS NULL OR a.createdAt.epochMillis <= $asOf
  RETURN c, a, s, d
}
WITH c, a, s, d, speakerIds, aboutIds, coalesce(a.statedAt, d.publishedAt) AS at
WHERE (c.createdAt IS NULL OR c.createdAt.epochMillis <= $asOf)
  AND ($text IS NULL OR toLower(c.text) CONTAINS toLower($text))
  AND (size(aboutIds) = 0 OR EXISTS { MATCH (c)-[:ABOUT]->(e:Entity) WHERE e.id IN aboutIds })
  AND CASE
  WHEN a IS NULL THEN NOT $attributionFiltered
  ELSE ($documentId IS NULL OR d.id = $documentId)
   AND ($mode IS NULL OR a.mode = $mode)
   AND ($stance IS NULL OR a.stance = $stance)
   AND ($anonymousSpeaker IS NULL OR s.anonymous = $anonymousSpeaker)
   AND ($statedAfter IS NULL OR at >= datetime($statedAfter))
   AND ($statedBefore IS NULL OR at < datetime($statedBefore))
  END
WITH c, coalesce(max(at).epochMillis, -9007199254740991) AS sortKey
WITH collect({c: c, k: sortKey}) AS rows
WITH size(rows) AS total,
     [r IN rows WHERE $afterKey IS NULL OR r.k < $afterKey OR (r.k = $afterKey AND r.c.id > $afterId)] AS rest
CALL (rest) {
  UNWIND rest AS r
  WITH r ORDER BY r.k DESC, r.c.id ASC LIMIT $limit
  WITH r.k AS key, r.c AS c
  RETURN collect({key: key, claim: c {.id, .text}}) AS page
}
RETURN total, page AS rows
