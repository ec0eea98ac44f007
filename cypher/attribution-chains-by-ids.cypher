// The chain of each attribution: itself, then each VIA hop, ending at the origin. Ingest refuses VIA
// cycles and an attribution has at most one VIA, so the longest path is the whole chain.
UNWIND $ids AS id
MATCH p = (:Attribution {id: id})-[:VIA*0..]->(o:Attribution)
WHERE NOT (o)-[:VIA]->(:Attribution)
WITH id, nodes(p) AS hops
UNWIND range(0, size(hops) - 1) AS i
WITH id, i, hops[i] AS a
ORDER BY id, i
RETURN id, collect(a {.id, .mode, .stance, .cue, .quote, .statedAt, .firstReport,
  claimId: [(a)-[:ATTRIBUTES]->(x:Claim) | x.id][0],
  speakerId: [(a)-[:SAID_BY]->(x:Entity) | x.id][0],
  documentId: [(a)-[:RECORDED_IN]->(x:Document) | x.id][0],
  viaId: [(a)-[:VIA]->(x:Attribution) | x.id][0],
  basisId: [(a)-[:BASED_ON]->(x:Document) | x.id][0]}) AS chain
