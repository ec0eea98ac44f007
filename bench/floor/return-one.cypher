// Reference floor (operation 0): one driver round trip that reads nothing, the fixed cost every
// floor pays, to compare with a GraphQL request that sends no Cypher ({ health }).
RETURN 1 AS one
