// Headline numbers of the whole graph (GraphStats). Label counts come from Neo4j's count store; the
// anonymous share needs one pass over the attributions' speakers.
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (a:Attribution) RETURN count(a) AS attributions }
CALL () { MATCH (:Attribution)-[:SAID_BY]->(:Entity {anonymous: true}) RETURN count(*) AS anonymousAttributions }
RETURN entities, claims, documents, attributions, anonymousAttributions
