import { parseReview } from '../../src/ingest/bundle';
import { reviewScaleProblems } from '../../src/review/reviewRules';
import { BadUserInputError, type InputProblem } from '../../src/shared/errors';

/** A review's own rules: the field schema (shared by bundles and addReview) and the numeric scale. */

const scale = (ratingValue: number | null, worstRating: number | null, bestRating: number | null) => ({ id: 'r1', ratingValue, worstRating, bestRating });

describe('reviewScaleProblems', () => {
  test('a value on its scale, at either end, or with no numbers at all, is fine', () => {
    expect(reviewScaleProblems(scale(3, 1, 5), 'reviews[0]')).toEqual([]);
    expect(reviewScaleProblems(scale(1, 1, 5), 'reviews[0]')).toEqual([]);
    expect(reviewScaleProblems(scale(5, 1, 5), 'reviews[0]')).toEqual([]);
    expect(reviewScaleProblems(scale(null, null, null), 'reviews[0]')).toEqual([]);
    expect(reviewScaleProblems(scale(0.5, 0, 1), 'reviews[0]')).toEqual([]);
  });

  test('each bound is checked only when given', () => {
    expect(reviewScaleProblems(scale(100, 1, null), 'input')).toEqual([]);
    expect(reviewScaleProblems(scale(-100, null, 5), 'input')).toEqual([]);
  });

  test('a value outside the scale is reported at ratingValue with the bound', () => {
    expect(reviewScaleProblems(scale(6, 1, 5), 'reviews[2]')).toEqual([
      { path: 'reviews[2].ratingValue', id: 'r1', message: 'must be at most bestRating (5); got 6' },
    ]);
    expect(reviewScaleProblems(scale(0, 1, 5), 'input')).toEqual([
      { path: 'input.ratingValue', id: 'r1', message: 'must be at least worstRating (1); got 0' },
    ]);
  });

  test('bestRating must be greater than worstRating', () => {
    expect(reviewScaleProblems(scale(null, 5, 5), 'input')).toEqual([
      { path: 'input.bestRating', id: 'r1', message: 'must be greater than worstRating (5); got 5' },
    ]);
    expect(reviewScaleProblems(scale(3, 5, 1), 'input').map((p) => p.path)).toEqual(['input.bestRating', 'input.ratingValue', 'input.ratingValue']);
  });
});

function problemsOf(input: unknown): InputProblem[] {
  try {
    parseReview(input, 'input');
  } catch (e) {
    expect(e).toBeInstanceOf(BadUserInputError);
    return (e as BadUserInputError).problems;
  }
  throw new Error('expected parseReview to reject the input');
}

describe('parseReview', () => {
  const valid = { id: 'r1', claim: 'c1', reviewer: 'checker', rating: '  False ' };

  test('defaults the optional fields to null, trims the texts and normalises the date', () => {
    expect(parseReview({ ...valid, reviewedAt: '2030-03-01', summary: ' Why. ' }, 'input')).toEqual({
      id: 'r1', claim: 'c1', reviewer: 'checker', rating: 'False', ratingValue: null, bestRating: null, worstRating: null,
      reviewedAt: '2030-03-01T00:00:00.000Z', url: null, summary: 'Why.',
    });
  });

  test('rating is required, not blank, and at most 100 characters', () => {
    expect(problemsOf({ ...valid, rating: undefined })).toEqual([{ path: 'input.rating', id: 'r1', message: 'is required' }]);
    expect(problemsOf({ ...valid, rating: '   ' })).toEqual([{ path: 'input.rating', id: 'r1', message: 'must not be empty' }]);
    expect(problemsOf({ ...valid, rating: 'x'.repeat(101) })).toEqual([{ path: 'input.rating', id: 'r1', message: 'must be at most 100 characters' }]);
    expect(parseReview({ ...valid, rating: 'x'.repeat(100) }, 'input').rating).toHaveLength(100);
  });

  test('url must be http(s)', () => {
    expect(problemsOf({ ...valid, url: 'javascript:alert(1)' })).toEqual([{ path: 'input.url', id: 'r1', message: 'must be an http(s) URL' }]);
    expect(parseReview({ ...valid, url: 'https://factdesk.example/r1' }, 'input').url).toBe('https://factdesk.example/r1');
  });

  test('numbers must be numbers, dates dates, ids ids, and unknown fields are rejected', () => {
    expect(problemsOf({ ...valid, ratingValue: '3' }).map((p) => p.path)).toEqual(['input.ratingValue']);
    expect(problemsOf({ ...valid, reviewedAt: 'yesterday' }).map((p) => p.path)).toEqual(['input.reviewedAt']);
    expect(problemsOf({ ...valid, claim: 'no spaces allowed' }).map((p) => p.path)).toEqual(['input.claim']);
    expect(problemsOf({ ...valid, verdict: 'x' })[0].path).toBe('input');
  });
});
