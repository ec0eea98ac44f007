// The node side of a merge, after its relationships have moved: `keep` takes the merged entity's
// names as aliases and name keys (so name filters, search and entity resolution at ingest find it
// under them), fills its kind (when OTHER), description and Wikidata id from the merged entity if it
// had none; the merged id becomes a redirect to `keep`, as ids resolved at ingest are (so
// entity(id:) and the saidBy/about filters still answer with `keep`); the merged node goes, with the
// relationships that were not moved (equivalents keep already had, and those between the two).
// The service computed the new values; entity-merge-record stores what is needed to undo this.
MATCH (keep:Entity {id: $keepId}), (merged:Entity {id: $mergeId})
SET keep.aliases = $keep.aliases,
    keep.nameKeys = $keep.nameKeys,
    keep.kind = $keep.kind,
    keep.description = $keep.description,
    keep.wikidataId = $keep.wikidataId,
    keep.updatedAt = datetime($now)
MERGE (redirect:EntityRedirect {id: $mergeId})
ON CREATE SET redirect.createdAt = datetime($now), redirect.reason = 'MERGE'
MERGE (redirect)-[:RESOLVES_TO]->(keep)
DETACH DELETE merged
WITH DISTINCT keep
RETURN keep {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId} AS keep
