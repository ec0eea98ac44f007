import { recordRevision } from '../audit/recordRevision';
import type { RevisionDraft } from '../audit/revisionDraft';
import type { Database } from '../db/database';
import type { ClaimRelationType } from './claimRecord';
import type { ClaimRelationWriteResult } from './claimRelationChange';

/**
 * Adds and removes claim relations (SUPPORTS, CONTRADICTS, NARROWS, SAME_AS), one query in one write
 * transaction each. The queries write only when both claims exist, so a bad id writes nothing.
 */
export class ClaimRelationRepository {
  constructor(private readonly db: Database) {}

  relate(from: string, type: ClaimRelationType, to: string, revision: RevisionDraft, check: (result: ClaimRelationWriteResult) => void): Promise<ClaimRelationWriteResult> {
    return this.write('claim-relate', from, type, to, revision, check);
  }

  unrelate(from: string, type: ClaimRelationType, to: string, revision: RevisionDraft, check: (result: ClaimRelationWriteResult) => void): Promise<ClaimRelationWriteResult> {
    return this.write('claim-unrelate', from, type, to, revision, check);
  }

  /** `check` throws on an unknown claim id, which rolls the transaction (and its revision) back. */
  private write(query: string, from: string, type: ClaimRelationType, to: string, revision: RevisionDraft, check: (result: ClaimRelationWriteResult) => void): Promise<ClaimRelationWriteResult> {
    return this.db.writeTransaction(async (tx) => {
      const [row] = await tx.run<ClaimRelationWriteResult>(query, { from, type, to });
      check(row);
      await recordRevision(tx, revision, [from, to]);
      return row;
    });
  }
}
