// Floor of operation 1: a claim with its attributions (newest statement first), each with its speaker,
// its document and publisher, and its chain (each hop with speaker and document), plus the claim's
// distinct speakers: what the benchmark's GraphQL selection returns, in one hand-written query.
MATCH (c:Claim {id: $id})
RETURN c {.id, .text,
  attributions: COLLECT {
    MATCH (c)<-[:ATTRIBUTES]-(a:Attribution)-[:RECORDED_IN]->(d:Document), (a)-[:SAID_BY]->(s:Entity)
    WITH a, d, s, coalesce(a.statedAt, d.publishedAt) AS at
    ORDER BY at IS NULL, at DESC, a.id
    RETURN a {.id, .mode, .stance, .cue, .quote, .statedAt, .firstReport,
      speaker: s {.id, .name, .kind, .anonymous},
      document: d {.id, .title, .publishedAt, publisher: [(d)-[:PUBLISHED_BY]->(p:Entity) | p {.id, .name}][0]},
      chain: COLLECT {
        MATCH path = (a)-[:VIA*0..]->(o:Attribution) WHERE NOT (o)-[:VIA]->(:Attribution)
        UNWIND nodes(path) AS h
        RETURN h {.id, speaker: [(h)-[:SAID_BY]->(x:Entity) | x {.id, .name}][0],
                       document: [(h)-[:RECORDED_IN]->(x:Document) | x {.id, .title}][0]}
      }}
  },
  speakers: COLLECT {
    MATCH (c)<-[:ATTRIBUTES]-(:Attribution)-[:SAID_BY]->(s:Entity)
    WITH DISTINCT s ORDER BY s.name
    RETURN s {.id, .name, .kind, .anonymous}
  }
} AS claim
