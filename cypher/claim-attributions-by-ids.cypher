// Every attribution of each claim, newest statement first (undated last), for many claims at once.
UNWIND $ids AS id
MATCH (:Claim {id: id})<-[:ATTRIBUTES]-(a:Attribution)-[:RECORDED_IN]->(d:Document)
WITH id, a, coalesce(a.statedAt, d.publishedAt) AS at
ORDER BY at IS NULL, at DESC, a.id ASC
RETURN id, collect(a {.id, .mode, .stance, .cue, .quote, .statedAt, .firstReport,
  claimId: id,
  speakerId: [(a)-[:SAID_BY]->(x:Entity) | x.id][0],
  documentId: [(a)-[:RECORDED_IN]->(x:Document) | x.id][0],
  viaId: [(a)-[:VIA]->(x:Attribution) | x.id][0],
  basisId: [(a)-[:BASED_ON]->(x:Document) | x.id][0]}) AS attributions
