// Not a floor: picks the deep page of operation 2b. The claim at $position (0-based) in the order of
// claims(filter: {saidBy}) (a claim's newest statement by the speaker first, undated last, then id),
// with the speaker's total, without building a page of $position rows (a page that large runs into
// Neo4j's per-transaction memory limit at 1M claims).
MATCH (:Entity {id: $speakerId})<-[:SAID_BY]-(a:Attribution)-[:ATTRIBUTES]->(c:Claim), (a)-[:RECORDED_IN]->(d:Document)
WITH c, coalesce(max(coalesce(a.statedAt, d.publishedAt)).epochMillis, -9007199254740991) AS k
ORDER BY k DESC, c.id ASC
WITH collect({key: k, id: c.id}) AS ordered
RETURN size(ordered) AS total, ordered[toInteger($position)] AS at
