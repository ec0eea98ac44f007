import { revisionDraft } from '../audit/revisionDraft';
import { requireRole, type Caller } from '../auth/roles';
import { parseReview } from '../ingest/bundle';
import { BadUserInputError, type InputProblem } from '../shared/errors';
import type { ReviewRecord } from './reviewRecord';
import type { ReviewRepository } from './reviewRepository';
import { reviewScaleProblems } from './reviewRules';

/**
 * addReview: one fact-check verdict, validated exactly as a bundle's `reviews` are (the same schema
 * and scale rules, the same write query), in one transaction. Bad input is BAD_USER_INPUT with paths
 * under `input` and writes nothing.
 */
export class ReviewService {
  constructor(
    private readonly repository: ReviewRepository,
    private readonly caller: Caller,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async add(input: unknown): Promise<ReviewRecord> {
    const author = requireRole(this.caller, 'EDITOR', 'addReview');
    const review = parseReview(input, 'input');
    const now = this.clock();
    const problems = reviewScaleProblems(review, 'input');
    return this.repository.add(
      review.claim,
      review.reviewer,
      (refs) => {
        const all: InputProblem[] = [...problems];
        if (!refs.claimExists) all.push({ path: 'input.claim', id: review.claim, message: `unknown claim id "${review.claim}"` });
        if (!refs.reviewerId) all.push({ path: 'input.reviewer', id: review.reviewer, message: `unknown entity id "${review.reviewer}"` });
        if (all.length > 0) throw new BadUserInputError(all);
        return { ...review, reviewer: refs.reviewerId! };
      },
      now.toISOString(),
      revisionDraft(author, 'addReview', input, now),
    );
  }
}
