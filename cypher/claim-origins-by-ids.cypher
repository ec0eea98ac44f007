// The origins of each claim: the last attribution of every attribution's VIA chain, without repeats.
UNWIND $ids AS id
MATCH (:Claim {id: id})<-[:ATTRIBUTES]-(:Attribution)-[:VIA*0..]->(o:Attribution)
WHERE NOT (o)-[:VIA]->(:Attribution)
WITH DISTINCT id, o AS a ORDER BY a.id
RETURN id, collect(a {.id, .mode, .stance, .cue, .quote, .statedAt, .firstReport,
  claimId: [(a)-[:ATTRIBUTES]->(x:Claim) | x.id][0],
  speakerId: [(a)-[:SAID_BY]->(x:Entity) | x.id][0],
  documentId: [(a)-[:RECORDED_IN]->(x:Document) | x.id][0],
  viaId: null,
  basisId: [(a)-[:BASED_ON]->(x:Document) | x.id][0]}) AS attributions
