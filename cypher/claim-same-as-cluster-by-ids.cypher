// The SAME_AS cluster of each claim: the claim itself, then every claim linked to it by SAME_AS in
// either direction, transitively, in id order. ANY SHORTEST finds each reachable claim once (a
// breadth-first search), so a large, densely linked cluster does not enumerate every path through it.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  MATCH ANY SHORTEST (c)-[:SAME_AS]-*(k:Claim)
  WITH DISTINCT k
  ORDER BY CASE WHEN k = c THEN 0 ELSE 1 END, k.id
  RETURN collect(k {.id, .text}) AS claims
}
RETURN id, claims
