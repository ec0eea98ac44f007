// Creates or updates attributions and their five links (claim, speaker, document, via, basis), each
// replaced by the bundle's: an attribution belongs to the bundle that records it. Ids are already
// resolved (entity redirects applied) by the ingest service.
UNWIND $attributions AS a
MERGE (n:Attribution {id: a.id})
ON CREATE SET n.createdAt = datetime($now)
WITH n, a, n {.mode, .stance, .cue, .quote, .statedAt, .firstReport,
  claim: [(n)-[:ATTRIBUTES]->(x) | x.id], speaker: [(n)-[:SAID_BY]->(x) | x.id],
  document: [(n)-[:RECORDED_IN]->(x) | x.id], via: [(n)-[:VIA]->(x) | x.id], basis: [(n)-[:BASED_ON]->(x) | x.id]} AS before
SET n.mode = a.mode, n.stance = a.stance, n.cue = a.cue, n.quote = a.quote, n.firstReport = a.firstReport,
    n.statedAt = CASE WHEN a.statedAt IS NULL THEN null ELSE datetime(a.statedAt) END
WITH n, a, before
CALL (n, a) {
  // Drop only the links that point elsewhere now, so a replay keeps every relationship as it was.
  OPTIONAL MATCH (n)-[old:ATTRIBUTES|SAID_BY|RECORDED_IN|VIA|BASED_ON]->(x)
  WHERE (type(old) = 'ATTRIBUTES' AND x.id <> a.claim)
     OR (type(old) = 'SAID_BY' AND x.id <> a.speaker)
     OR (type(old) = 'RECORDED_IN' AND x.id <> a.document)
     OR (type(old) = 'VIA' AND x.id <> coalesce(a.via, ''))
     OR (type(old) = 'BASED_ON' AND x.id <> coalesce(a.basis, ''))
  DELETE old
}
WITH n, a, before
MATCH (c:Claim {id: a.claim}), (s:Entity {id: a.speaker}), (d:Document {id: a.document})
MERGE (n)-[:ATTRIBUTES]->(c)
MERGE (n)-[:SAID_BY]->(s)
MERGE (n)-[:RECORDED_IN]->(d)
WITH n, a, before
CALL (n, a) {
  OPTIONAL MATCH (v:Attribution {id: a.via})
  OPTIONAL MATCH (b:Document {id: a.basis})
  FOREACH (_ IN CASE WHEN v IS NULL THEN [] ELSE [1] END | MERGE (n)-[:VIA]->(v))
  FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | MERGE (n)-[:BASED_ON]->(b))
}
WITH n, before, n {.mode, .stance, .cue, .quote, .statedAt, .firstReport,
  claim: [(n)-[:ATTRIBUTES]->(x) | x.id], speaker: [(n)-[:SAID_BY]->(x) | x.id],
  document: [(n)-[:RECORDED_IN]->(x) | x.id], via: [(n)-[:VIA]->(x) | x.id], basis: [(n)-[:BASED_ON]->(x) | x.id]} AS after
// Compared key by key, null-safely: in Cypher `{a: null} <> {a: 'x'}` is null, not true, which would
// hide a change from nothing to a value.
WHERE any(k IN keys(before) WHERE NOT coalesce(before[k] = after[k], before[k] IS NULL AND after[k] IS NULL))
SET n.updatedAt = datetime($now)
