// The fact-check verdicts on each claim, for many claims at once (Claim.reviews and the ClaimReview
// export): newest verdict first, undated ones last, then the most recently written, then by id so the
// order is stable.
UNWIND $ids AS id
MATCH (:Claim {id: id})<-[:REVIEWS]-(r:Review)
WITH id, r ORDER BY r.reviewedAt IS NULL, r.reviewedAt DESC, r.createdAt DESC, r.id
RETURN id, collect(r {.id, .rating, .ratingValue, .bestRating, .worstRating, .reviewedAt, .url, .summary,
  claimId: id,
  reviewerId: [(r)-[:REVIEWED_BY]->(e:Entity) | e.id][0]}) AS reviews
