import { randomUUID } from 'node:crypto';
import { revisionDraft } from '../../audit/revisionDraft';
import { requireRole, type Caller } from '../../auth/roles';
import { pageSize } from '../../shared/cursor';
import { BadUserInputError } from '../../shared/errors';
import type { EntityRecord } from '../entityRecord';
import { planMerge } from './mergePlan';
import type { EntityMergeRecord, UnmergeResultRecord } from './mergeRecord';
import type { EntityMergeRepository } from './mergeRepository';
import { checkUnmerge, planUnmerge } from './unmergePlan';

/**
 * mergeEntities, unmergeEntities and entityMerges. Validation lives in the pure plans
 * (mergePlan.ts, unmergePlan.ts); this wires them to the repository's single transaction.
 */
export class EntityMergeService {
  constructor(
    private readonly repository: EntityMergeRepository,
    private readonly caller: Caller,
    private readonly clock: () => Date = () => new Date(),
    private readonly newId: () => string = randomUUID,
  ) {}

  merge(keep: string, merge: string): Promise<EntityRecord> {
    const author = requireRole(this.caller, 'EDITOR', 'mergeEntities');
    if (keep === merge) {
      throw new BadUserInputError([{ path: 'merge', id: merge, message: 'is the same id as keep: an entity cannot be merged into itself' }]);
    }
    const now = this.clock();
    return this.repository.merge(keep, merge, now.toISOString(), (facts) => planMerge(keep, merge, facts, this.newId()), revisionDraft(author, 'mergeEntities', { keep, merge }, now));
  }

  unmerge(mergedId: string): Promise<UnmergeResultRecord> {
    const author = requireRole(this.caller, 'EDITOR', 'unmergeEntities');
    const revision = revisionDraft(author, 'unmergeEntities', { mergedId }, this.clock());
    return this.repository.unmerge(
      mergedId,
      async (facts, keepNow) => {
        const { keepId, snapshot } = checkUnmerge(mergedId, facts);
        return planUnmerge(snapshot, await keepNow(keepId));
      },
      revision,
    );
  }

  list(keep: string | null | undefined, first: number | null | undefined): Promise<EntityMergeRecord[]> {
    return this.repository.list(keep ?? null, pageSize(first));
  }
}
