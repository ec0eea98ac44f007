// Affiliations, one relationship per (member, organisation, role); `key` is the role as compared
// (empty when there is none), since MERGE cannot match on a null property.
UNWIND $affiliations AS f
MATCH (member:Entity {id: f.from}), (org:Entity {id: f.to})
MERGE (member)-[r:AFFILIATED_WITH {key: f.key}]->(org)
SET r.role = f.role,
    r.since = CASE WHEN f.since IS NULL THEN null ELSE datetime(f.since) END,
    r.until = CASE WHEN f.until IS NULL THEN null ELSE datetime(f.until) END
