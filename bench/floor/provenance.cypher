// Floor of operation 5: a claim's origins (with their speakers), independent origins and outlets over
// its SAME_AS cluster, by the outlet relay rule of DESIGN.md, in one query: the chain ends of all the
// cluster's attributions, less the ends whose speaker is an outlet that published another document
// attributing the claim to someone else (unless every end relays).
MATCH (c:Claim {id: $id})
CALL (c) {
  MATCH ANY SHORTEST (c)-[:SAME_AS]-*(k:Claim)
  WITH DISTINCT k
  MATCH (k)<-[:ATTRIBUTES]-(x:Attribution)-[:RECORDED_IN]->(d:Document)
  MATCH (x)-[:VIA*0..]->(o:Attribution)-[:SAID_BY]->(s:Entity)
  WHERE NOT (o)-[:VIA]->(:Attribution)
  MATCH (o)-[:RECORDED_IN]->(od:Document)
  OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(p:Entity)
  RETURN collect(DISTINCT {publisher: p.id, document: d.id, endSpeaker: s.id}) AS published,
         collect(DISTINCT {speaker: s.id, name: s.name, document: od.id, id: o.id}) AS ends,
         collect(DISTINCT p) AS publishers
}
WITH c, publishers, ends, [q IN published WHERE q.publisher IS NOT NULL] AS published
WITH c, publishers, ends,
     [e IN ends WHERE NOT any(q IN published WHERE q.publisher = e.speaker AND q.document <> e.document AND q.endSpeaker <> e.speaker)] AS kept
WITH c, publishers, CASE WHEN size(kept) = 0 THEN ends ELSE kept END AS origins
RETURN c.id AS id,
       [e IN origins | {id: e.id, speaker: {id: e.speaker, name: e.name}}] AS origins,
       size(COLLECT { UNWIND origins AS e RETURN DISTINCT e.speaker }) AS independentOrigins,
       [p IN publishers | p {.id, .name}] AS outlets
