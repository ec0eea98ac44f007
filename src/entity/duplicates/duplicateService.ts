import { pageSize } from '../../shared/cursor';
import { BadUserInputError } from '../../shared/errors';
import type { EntityKind } from '../entityRecord';
import type { DuplicateCandidateRecord } from './duplicateRecord';
import type { DuplicateRepository } from './duplicateRepository';
import { rankDuplicates } from './rankDuplicates';
import { scoreDuplicate } from './scoreDuplicate';

export interface DuplicateQuery {
  first?: number | null;
  kind?: EntityKind | null;
  minScore?: number | null;
  ids?: readonly string[] | null;
}

/**
 * duplicateCandidates: the database proposes pairs by blocking keys, src/entity/duplicates/ scores
 * them, best first.
 */
export class DuplicateService {
  constructor(private readonly repository: DuplicateRepository) {}

  async candidates(q: DuplicateQuery): Promise<DuplicateCandidateRecord[]> {
    const first = pageSize(q.first);
    const minScore = q.minScore ?? null;
    if (minScore !== null && !(minScore >= 0 && minScore <= 1)) {
      throw new BadUserInputError([{ path: 'minScore', message: `must be between 0 and 1; got ${minScore}` }]);
    }
    if (q.ids && q.ids.length === 0) throw new BadUserInputError([{ path: 'ids', message: 'is empty: leave it out to search the whole graph' }]);
    const pairs = await this.repository.candidatePairs(q.kind ?? null, q.ids ? [...q.ids] : null);
    const scored = pairs.flatMap(({ a, b, subjects }) => {
      const s = scoreDuplicate(...subjects);
      return s ? [{ a, b, ...s }] : [];
    });
    return rankDuplicates(scored, first, minScore);
  }
}
