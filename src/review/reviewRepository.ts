import { recordRevision } from '../audit/recordRevision';
import type { RevisionDraft } from '../audit/revisionDraft';
import { loadByIds } from '../db/batch';
import type { Database } from '../db/database';
import { toReviewRecord, type ReviewRecord } from './reviewRecord';

/** What addReview must know about the graph before it writes. */
export interface ReviewReferences {
  claimExists: boolean;
  /** The entity the reviewer id stands for (itself, or where a resolved/merged id redirects); null if unknown. */
  reviewerId: string | null;
}

const reviews = (raw: unknown) => (raw as Record<string, unknown>[]).map(toReviewRecord);

/** Fact-check verdicts: the per-claim loader query, and addReview's one write transaction. */
export class ReviewRepository {
  constructor(private readonly db: Database) {}

  byClaimIds(ids: readonly string[]): Promise<ReviewRecord[][]> {
    return loadByIds(this.db, 'claim-reviews-by-ids', ids, 'id', 'reviews', [], reviews);
  }

  /**
   * Looks up the references, lets `plan` validate them and return the row to write (it throws on bad
   * input, which rolls the transaction back), writes it with the ingest's review query, and reads the
   * stored review back, all in one write transaction.
   */
  add(claim: string, reviewer: string, plan: (refs: ReviewReferences) => Record<string, unknown> & { id: string }, now: string, revision: RevisionDraft): Promise<ReviewRecord> {
    return this.db.writeTransaction(async (tx) => {
      const [refs] = await tx.run<ReviewReferences>('review-references', { claim, reviewer });
      const row = plan(refs);
      await tx.run('ingest-reviews', { reviews: [row], now });
      await recordRevision(tx, revision, [row.id, claim]);
      const [saved] = await tx.run<{ review: Record<string, unknown> }>('reviews-by-ids', { ids: [row.id] });
      return toReviewRecord(saved.review);
    });
  }
}
