// Reviews by id, with the ids of their claim and reviewer: addReview reads back what it wrote with it.
UNWIND $ids AS id
MATCH (r:Review {id: id})
RETURN id, r {.id, .rating, .ratingValue, .bestRating, .worstRating, .reviewedAt, .url, .summary,
  claimId: [(r)-[:REVIEWS]->(c:Claim) | c.id][0],
  reviewerId: [(r)-[:REVIEWED_BY]->(e:Entity) | e.id][0]} AS review
