import { toAttributionRecord } from '../attribution/attributionRecord';
import { toClaimRecord } from '../claim/claimRecord';
import type { Database } from '../db/database';
import { toEntityRecord } from '../entity/entityRecord';
import type { SearchHitRecord } from './searchRecord';

export class SearchRepository {
  constructor(private readonly db: Database) {}

  async search(luceneQuery: string, limit: number): Promise<SearchHitRecord[]> {
    const rows = await this.db.read<{ type: 'Claim' | 'Entity' | 'Attribution'; score: number; record: Record<string, unknown> }>('search', {
      query: luceneQuery,
      limit,
    });
    return rows.map(({ type, score, record }) => {
      switch (type) {
        case 'Claim':
          return { score, node: { __typename: 'Claim' as const, ...toClaimRecord(record) } };
        case 'Entity':
          return { score, node: { __typename: 'Entity' as const, ...toEntityRecord(record) } };
        default:
          return { score, node: { __typename: 'Attribution' as const, ...toAttributionRecord(record) } };
      }
    });
  }
}
