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
  constructor(private readonly repository: ClaimRelationRepository) {}

  relate(from: string, type: ClaimRelationType, to: string): Promise<ClaimRelationChangeRecord> {
    return this.change(from, type, to, () => this.repository.relate(from, type, to));
  }

  unrelate(from: string, type: ClaimRelationType, to: string): Promise<ClaimRelationChangeRecord> {
    return this.change(from, type, to, () => this.repository.unrelate(from, type, to));
  }

  private async change(from: string, type: ClaimRelationType, to: string, write: () => Promise<ClaimRelationWriteResult>): Promise<ClaimRelationChangeRecord> {
    const problems: InputProblem[] = [];
    // GraphQL already checks the enum; the repository picks Cypher by type, so check it here as well.
    if (!CLAIM_RELATION_TYPES.includes(type)) {
      problems.push({ path: 'type', message: `${JSON.stringify(type)} is not a claim relation type; expected one of ${CLAIM_RELATION_TYPES.join(', ')}` });
    }
    if (from === to) problems.push({ path: 'to', id: to, message: 'a claim cannot be related to itself' });
    if (problems.length > 0) throw new BadUserInputError(problems);

    // The write happens only when both claims exist, so reporting a missing one afterwards leaves the graph untouched.
    const result = await write();
    if (!result.fromExists) problems.push({ path: 'from', id: from, message: `unknown claim id "${from}"` });
    if (!result.toExists) problems.push({ path: 'to', id: to, message: `unknown claim id "${to}"` });
    if (problems.length > 0) throw new BadUserInputError(problems);
    return { fromId: from, type, toId: to, changed: result.changed };
  }
}
