// A claim with everything its attributions point at, in one round trip, for a `claim(id)` request
// whose selection reaches into attributions, speakers or chains: the claim, its attributions (newest
// statement first, undated last: the order of claim-attributions-by-ids), each with its speaker, its
// document and the document's publisher, and, when $withChains, each attribution's chain (itself,
// then each VIA hop to the origin) with every hop's speaker and document. The service primes the
// per-request loaders with these records, so the nested fields cost no further queries. Ids that the
// maps already hold (speaker, document, publisher) are not read twice: the repository
// fills them in (claimDetailRecord.ts).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id, c {.id, .text} AS claim, COLLECT {
  MATCH (c)<-[:ATTRIBUTES]-(a:Attribution)-[:RECORDED_IN]->(d:Document), (a)-[:SAID_BY]->(s:Entity)
  WITH a, d, s, coalesce(a.statedAt, d.publishedAt) AS at
  ORDER BY at IS NULL, at DESC, a.id ASC
  WITH a, d, s, [(d)-[:PUBLISHED_BY]->(p:Entity) | p {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId}][0] AS publisher
  RETURN {
    attribution: a {.id, .mode, .stance, .cue, .quote, .statedAt, .firstReport, claimId: id,
      viaId: [(a)-[:VIA]->(x:Attribution) | x.id][0], basisId: [(a)-[:BASED_ON]->(x:Document) | x.id][0]},
    speaker: s {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId},
    document: d {.id, .title, .url, .kind, .publishedAt, .language},
    publisher: publisher,
    chain: CASE WHEN $withChains THEN COLLECT {
      MATCH path = (a)-[:VIA*0..]->(o:Attribution) WHERE NOT (o)-[:VIA]->(:Attribution)
      WITH nodes(path) AS hops
      UNWIND range(0, size(hops) - 1) AS i
      WITH hops[i] AS h, hops[i + 1] AS next, i
      MATCH (h)-[:SAID_BY]->(hs:Entity), (h)-[:RECORDED_IN]->(hd:Document)
      RETURN {
        attribution: h {.id, .mode, .stance, .cue, .quote, .statedAt, .firstReport, viaId: next.id,
          claimId: [(h)-[:ATTRIBUTES]->(x:Claim) | x.id][0], basisId: [(h)-[:BASED_ON]->(x:Document) | x.id][0]},
        speaker: hs {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId},
        document: hd {.id, .title, .url, .kind, .publishedAt, .language, publisherId: [(hd)-[:PUBLISHED_BY]->(p:Entity) | p.id][0]}
      } ORDER BY i
    } ELSE null END
  }
} AS attributions
