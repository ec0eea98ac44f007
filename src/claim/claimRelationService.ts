import { revisionDraft, type RevisionDraft } from '../audit/revisionDraft';
import { requireRole, type Caller } from '../auth/roles';
import { BadUserInputError, type InputProblem } from '../shared/errors';
import { CLAIM_RELATION_TYPES, type ClaimRelationType } from './claimRecord';
import type { ClaimRelationChangeRecord, ClaimRelationWriteResult } from './claimRelationChange';
import type { ClaimRelationRepository } from './claimRelationRepository';

/**
 * relateClaims / unrelateClaims: idempotent edits of the relation `from TYPE to`. Bad input (a type
 * outside the allow-list, a claim related to itself, an unknown claim id) is BAD_USER_INPUT naming the
 * argument and the id, and writes nothing.
 */
export class ClaimRelationService {
  constructor(
    private readonly repository: ClaimRelationRepository,
    private readonly caller: Caller,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  relate(from: string, type: ClaimRelationType, to: string): Promise<ClaimRelationChangeRecord> {
    return this.change('relateClaims', from, type, to, (revision, check) => this.repository.relate(from, type, to, revision, check));
  }

  unrelate(from: string, type: ClaimRelationType, to: string): Promise<ClaimRelationChangeRecord> {
    return this.change('unrelateClaims', from, type, to, (revision, check) => this.repository.unrelate(from, type, to, revision, check));
  }

  private async change(
    operation: string,
    from: string,
    type: ClaimRelationType,
    to: string,
    write: (revision: RevisionDraft, check: (result: ClaimRelationWriteResult) => void) => Promise<ClaimRelationWriteResult>,
  ): Promise<ClaimRelationChangeRecord> {
    const author = requireRole(this.caller, 'EDITOR', operation);
    const problems: InputProblem[] = [];
    // GraphQL already checks the enum; the repository picks Cypher by type, so check it here as well.
    if (!CLAIM_RELATION_TYPES.includes(type)) {
      problems.push({ path: 'type', message: `${JSON.stringify(type)} is not a claim relation type; expected one of ${CLAIM_RELATION_TYPES.join(', ')}` });
    }
    if (from === to) problems.push({ path: 'to', id: to, message: 'a claim cannot be related to itself' });
    if (problems.length > 0) throw new BadUserInputError(problems);

    // The write happens only when both claims exist; reporting a missing one from inside the
    // transaction also rolls back the revision, so the graph and the audit trail stay untouched.
    const result = await write(revisionDraft(author, operation, { from, type, to }, this.clock()), (r) => {
      if (!r.fromExists) problems.push({ path: 'from', id: from, message: `unknown claim id "${from}"` });
      if (!r.toExists) problems.push({ path: 'to', id: to, message: `unknown claim id "${to}"` });
      if (problems.length > 0) throw new BadUserInputError(problems);
    });
    return { fromId: from, type, toId: to, changed: result.changed };
  }
}
