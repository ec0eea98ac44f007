/**
 * A fact-check verdict as the repositories hand it to the API: plain values, and the ids of its claim
 * and reviewer, which the API resolves through the per-request loaders.
 */
export interface ReviewRecord {
  id: string;
  claimId: string;
  reviewerId: string;
  rating: string;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  reviewedAt: string | null;
  url: string | null;
  summary: string | null;
}

const numberOrNull = (v: unknown) => (typeof v === 'number' ? v : null);
const stringOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

/** Rows come from the review projection the review queries share (see cypher/reviews-by-ids.cypher). */
export function toReviewRecord(row: Record<string, unknown>): ReviewRecord {
  return {
    id: row.id as string,
    claimId: row.claimId as string,
    reviewerId: row.reviewerId as string,
    rating: row.rating as string,
    ratingValue: numberOrNull(row.ratingValue),
    bestRating: numberOrNull(row.bestRating),
    worstRating: numberOrNull(row.worstRating),
    reviewedAt: stringOrNull(row.reviewedAt),
    url: stringOrNull(row.url),
    summary: stringOrNull(row.summary),
  };
}
