// Attributions by id, for the per-request loader. The projection (the attribution's own properties
// plus the ids of its claim, speaker, document, via and basis) is the shape every attribution query returns.
UNWIND $ids AS id
MATCH (a:Attribution {id: id})
RETURN id, a {.id, .mode, .stance, .cue, .quote, .statedAt, .firstReport,
  claimId: [(a)-[:ATTRIBUTES]->(x:Claim) | x.id][0],
  speakerId: [(a)-[:SAID_BY]->(x:Entity) | x.id][0],
  documentId: [(a)-[:RECORDED_IN]->(x:Document) | x.id][0],
  viaId: [(a)-[:VIA]->(x:Attribution) | x.id][0],
  basisId: [(a)-[:BASED_ON]->(x:Document) | x.id][0]} AS attribution
