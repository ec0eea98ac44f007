// Every attribution recorded in each document, newest statement first, for many documents at once.
UNWIND $ids AS id
MATCH (d:Document {id: id})<-[:RECORDED_IN]-(a:Attribution)
WITH id, a, coalesce(a.statedAt, d.publishedAt) AS at
ORDER BY at IS NULL, at DESC, a.id ASC
RETURN id, collect(a {.id, .mode, .stance, .cue, .quote, .statedAt, .firstReport,
  claimId: [(a)-[:ATTRIBUTES]->(x:Claim) | x.id][0],
  speakerId: [(a)-[:SAID_BY]->(x:Entity) | x.id][0],
  documentId: id,
  viaId: [(a)-[:VIA]->(x:Attribution) | x.id][0],
  basisId: [(a)-[:BASED_ON]->(x:Document) | x.id][0]}) AS attributions
