// Everything the ingest must know about the graph before it writes, in one round trip, inside the
// write transaction: which ids exist, which entity ids redirect elsewhere, which existing entities a
// new entity's name keys or Wikidata id match, the VIA chains of relayed attributions outside the
// bundle, and which relations and reviews already exist.
RETURN
  [id IN $entityIds WHERE EXISTS { MATCH (:Entity {id: id}) }] AS entities,
  [id IN $entityIds | {id: id, target: [(:EntityRedirect {id: id})-[:RESOLVES_TO]->(t:Entity) | t.id][0]}] AS redirects,
  [id IN $documentIds WHERE EXISTS { MATCH (:Document {id: id}) }] AS documents,
  [id IN $claimIds WHERE EXISTS { MATCH (:Claim {id: id}) }] AS claims,
  [id IN $attributionIds WHERE EXISTS { MATCH (:Attribution {id: id}) }] AS attributions,
  COLLECT { MATCH (e:Entity) WHERE any(k IN e.nameKeys WHERE k IN $nameKeys)
            RETURN e {.id, .kind, .nameKeys} } AS nameMatches,
  COLLECT { MATCH (e:Entity) WHERE e.wikidataId IN $wikidataIds
            RETURN e {.id, .kind, .wikidataId} } AS wikidataMatches,
  [id IN $viaTargets | {id: id, chain: COLLECT { MATCH p = (:Attribution {id: id})-[:VIA*0..]->(o:Attribution)
                                                  WHERE NOT (o)-[:VIA]->(:Attribution)
                                                  UNWIND nodes(p) AS n RETURN n.id }}] AS viaChains,
  [r IN $relations WHERE EXISTS { MATCH (:Claim {id: r.from})-[x]->(:Claim {id: r.to}) WHERE type(x) = r.type }] AS relations,
  [id IN $reviewIds WHERE EXISTS { MATCH (:Review {id: id}) }] AS reviews
