// Affiliations of many entities at once (the entity's AFFILIATED_WITH relationships, outgoing).
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r:AFFILIATED_WITH]->(org:Entity)
WITH id, r, org ORDER BY org.name, r.role
RETURN id, collect({entityId: org.id, role: r.role, since: r.since, until: r.until}) AS affiliations
