// What the bulk import must know about the graph before writing one batch, in one round trip inside
// the batch's write transaction: which referenced ids are not there (entity ids may still be
// redirects: resolved or merged into another entity), the VIA chains of the attributions a batch
// relays (to refuse cycles), which of the batch's own entity ids are redirects, and which of the
// batch's own rows already exist (those go through the ingest's upserts; the new ones are created).
RETURN
  [id IN $entityIds WHERE NOT EXISTS { MATCH (:Entity {id: id}) }
     | {id: id, target: [(:EntityRedirect {id: id})-[:RESOLVES_TO]->(t:Entity) | t.id][0]}] AS entitiesNotFound,
  [id IN $documentIds WHERE NOT EXISTS { MATCH (:Document {id: id}) }] AS documentsNotFound,
  [id IN $claimIds WHERE NOT EXISTS { MATCH (:Claim {id: id}) }] AS claimsNotFound,
  [id IN $attributionIds WHERE NOT EXISTS { MATCH (:Attribution {id: id}) }] AS attributionsNotFound,
  [id IN $attributionIds | {id: id, chain: COLLECT { MATCH p = (:Attribution {id: id})-[:VIA*0..]->(o:Attribution)
                                                      WHERE NOT (o)-[:VIA]->(:Attribution)
                                                      UNWIND nodes(p) AS n RETURN n.id }}] AS viaChains,
  [id IN $rowEntityIds WHERE EXISTS { MATCH (:EntityRedirect {id: id}) }
     | {id: id, target: [(:EntityRedirect {id: id})-[:RESOLVES_TO]->(t:Entity) | t.id][0]}] AS redirectedRows,
  [id IN $rowEntityIds WHERE EXISTS { MATCH (:Entity {id: id}) }] AS existingEntities,
  [id IN $rowDocumentIds WHERE EXISTS { MATCH (:Document {id: id}) }] AS existingDocuments,
  [id IN $rowClaimIds WHERE EXISTS { MATCH (:Claim {id: id}) }] AS existingClaims,
  [id IN $rowAttributionIds WHERE EXISTS { MATCH (:Attribution {id: id}) }] AS existingAttributions
