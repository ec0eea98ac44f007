// Claim relations in both directions, for many claims at once.
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[r:SUPPORTS|CONTRADICTS|NARROWS|SAME_AS]-(other:Claim)
WITH id, type(r) AS type, CASE WHEN startNode(r) = c THEN 'OUTGOING' ELSE 'INCOMING' END AS direction, other
ORDER BY type, direction, other.id
RETURN id, collect({type: type, direction: direction, claim: other {.id, .text}}) AS relations
