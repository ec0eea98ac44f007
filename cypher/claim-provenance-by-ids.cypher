// Provenance of each claim across documents (DESIGN.md, "Provenance semantics"), over its SAME_AS
// cluster K: the claim and every claim SAME_AS it, in either direction, transitively.
//   S0     every attribution of a claim in K;
//   ends   the chain end of each attribution in S0 (follow VIA to an attribution with no VIA);
//   relay  an end RELAYS when its speaker published another document (not the one recording the end)
//          that records an attribution in S0 whose chain ends at someone else: "The Post reported it"
//          stands for what the Post's own article attributes (the outlet relay rule). Those
//          attributions are in S0, so their chain ends are already among `ends`, and re-reports of
//          re-reports resolve without recursion. Not a relay: an outlet speaking in its own document
//          ("CNN and other outlets reported" are two reports side by side, VIA links them if one
//          relays the other), nor an outlet whose other articles only repeat its own voice;
//   origins  the ends that do not relay, or all ends when every one relays (outlets citing each other
//          in a circle): an honest circle rather than no origin at all;
//   independentOrigins  distinct speakers of the origins; outlets  distinct publishers of S0's documents.
// One query per batch of claims. ANY SHORTEST reaches each claim of the cluster once (breadth-first)
// instead of enumerating every SAME_AS path; an attribution has at most one VIA, so each chain is one path.
// Lists come back unordered; the repository sorts them (origins by id, outlets by name).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  MATCH ANY SHORTEST (c)-[:SAME_AS]-*(k:Claim)
  WITH DISTINCT k
  MATCH (k)<-[:ATTRIBUTES]-(x:Attribution)-[:RECORDED_IN]->(d:Document)
  MATCH (x)-[:VIA*0..]->(o:Attribution)-[:SAID_BY]->(s:Entity)
  WHERE NOT (o)-[:VIA]->(:Attribution)
  MATCH (o)-[:RECORDED_IN]->(od:Document)
  OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(p:Entity)
  RETURN collect(DISTINCT {publisher: p.id, document: d.id, endSpeaker: s.id}) AS published,
         collect(DISTINCT {speaker: s.id, document: od.id,
           entity: s {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId}, a: o {.id, .mode, .stance, .cue, .quote, .statedAt, .firstReport,
           claimId: [(o)-[:ATTRIBUTES]->(oc:Claim) | oc.id][0], speakerId: s.id, documentId: od.id, viaId: null,
           basisId: [(o)-[:BASED_ON]->(ob:Document) | ob.id][0]}}) AS ends,
         collect(DISTINCT p) AS publishers
}
WITH id, c, publishers, published, ends, [p IN publishers | p.id] AS publisherIds
WITH id, c, publishers, ends,
     [e IN ends WHERE NOT (e.speaker IN publisherIds
        AND any(q IN published WHERE q.publisher = e.speaker AND q.document <> e.document AND q.endSpeaker <> e.speaker))] AS kept
WITH id, c, publishers, CASE WHEN size(kept) = 0 THEN ends ELSE kept END AS origins
// The claim and the origins' speakers come along so a `claim(id) { origins { speaker } }` request
// needs no further query (the service primes the claim and entity loaders with them).
RETURN id, {
  claim: c {.id, .text},
  speakers: [e IN origins | e.entity],
  independentOrigins: size(COLLECT { UNWIND origins AS e RETURN DISTINCT e.speaker }),
  origins: [e IN origins | e.a],
  outlets: [p IN publishers | p {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId}]
} AS provenance
