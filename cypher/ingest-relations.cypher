// Claim relations. Relationship types cannot be parameters in Cypher, so each allowed type has its
// own MERGE and the row's type (validated against the enum) picks one.
UNWIND $relations AS r
MATCH (a:Claim {id: r.from}), (b:Claim {id: r.to})
FOREACH (_ IN CASE WHEN r.type = 'SUPPORTS' THEN [1] ELSE [] END | MERGE (a)-[:SUPPORTS]->(b))
FOREACH (_ IN CASE WHEN r.type = 'CONTRADICTS' THEN [1] ELSE [] END | MERGE (a)-[:CONTRADICTS]->(b))
FOREACH (_ IN CASE WHEN r.type = 'NARROWS' THEN [1] ELSE [] END | MERGE (a)-[:NARROWS]->(b))
FOREACH (_ IN CASE WHEN r.type = 'SAME_AS' THEN [1] ELSE [] END | MERGE (a)-[:SAME_AS]->(b))
