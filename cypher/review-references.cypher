// addReview, inside its write transaction before writing: whether the review's claim exists, and the
// entity its reviewer id stands for (the entity with that id, or the one an id resolved or merged into
// it redirects to; null when neither exists).
OPTIONAL MATCH (direct:Entity {id: $reviewer})
OPTIONAL MATCH (:EntityRedirect {id: $reviewer})-[:RESOLVES_TO]->(target:Entity)
RETURN EXISTS { MATCH (:Claim {id: $claim}) } AS claimExists, coalesce(direct.id, target.id) AS reviewerId
