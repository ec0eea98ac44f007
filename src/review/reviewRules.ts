import type { InputProblem } from '../shared/errors';

/**
 * Rules on a review's numeric scale that the field-by-field schema cannot express: the scale runs from
 * `worstRating` up to `bestRating`, and `ratingValue` lies on it. Each bound is checked only when
 * given (schema.org leaves them optional). Shared by the bundle ingest and `addReview`; `path` is
 * where the review sits in the input (`reviews[2]`, `input`).
 */
export interface ReviewScale {
  id: string;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
}

export function reviewScaleProblems(review: ReviewScale, path: string): InputProblem[] {
  const { id, ratingValue, bestRating, worstRating } = review;
  const problems: InputProblem[] = [];
  if (bestRating !== null && worstRating !== null && bestRating <= worstRating) {
    problems.push({ path: `${path}.bestRating`, id, message: `must be greater than worstRating (${worstRating}); got ${bestRating}` });
  }
  if (ratingValue !== null && worstRating !== null && ratingValue < worstRating) {
    problems.push({ path: `${path}.ratingValue`, id, message: `must be at least worstRating (${worstRating}); got ${ratingValue}` });
  }
  if (ratingValue !== null && bestRating !== null && ratingValue > bestRating) {
    problems.push({ path: `${path}.ratingValue`, id, message: `must be at most bestRating (${bestRating}); got ${ratingValue}` });
  }
  return problems;
}
