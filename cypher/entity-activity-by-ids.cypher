// Entity.activity for many (entity, bucket, window) requests at once: $requests holds {key, entityId,
// unit ('day' | 'week' | 'month', from the service's allow-list), statedAfter, statedBefore}.
// Per UTC bucket: the entity's statements (attributions it is the speaker of) and the distinct claims
// about it stated by anyone in the bucket. Statement time: statedAt, else the document's publishedAt;
// undated statements are in no bucket. Buckets start at the truncation of the time in UTC ('week':
// the ISO week's Monday). Only non-empty buckets, oldest first.
UNWIND $requests AS r
OPTIONAL MATCH (:EntityRedirect {id: r.entityId})-[:RESOLVES_TO]->(target:Entity)
MATCH (e:Entity {id: coalesce(target.id, r.entityId)})
CALL (e, r) {
  MATCH (e)<-[:SAID_BY]-(a:Attribution)-[:RECORDED_IN]->(d:Document)
  WITH a, coalesce(a.statedAt, d.publishedAt) AS at
  WHERE at IS NOT NULL
    AND (r.statedAfter IS NULL OR at >= datetime(r.statedAfter)) AND (r.statedBefore IS NULL OR at < datetime(r.statedBefore))
  RETURN datetime.truncate(r.unit, datetime({epochMillis: at.epochMillis})) AS start, count(DISTINCT a) AS statements, 0 AS claimsAbout
  UNION ALL
  MATCH (e)<-[:ABOUT]-(c:Claim)<-[:ATTRIBUTES]-(a:Attribution)-[:RECORDED_IN]->(d:Document)
  WITH c, coalesce(a.statedAt, d.publishedAt) AS at
  WHERE at IS NOT NULL
    AND (r.statedAfter IS NULL OR at >= datetime(r.statedAfter)) AND (r.statedBefore IS NULL OR at < datetime(r.statedBefore))
  RETURN datetime.truncate(r.unit, datetime({epochMillis: at.epochMillis})) AS start, 0 AS statements, count(DISTINCT c) AS claimsAbout
}
WITH r, start, sum(statements) AS statements, sum(claimsAbout) AS claimsAbout
ORDER BY start ASC
RETURN r.key AS key, collect({start: start, statements: statements, claimsAbout: claimsAbout}) AS buckets
