import { toAttributionRecord } from '../attribution/attributionRecord';
import { toClaimRecord } from '../claim/claimRecord';
import type { Database } from '../db/database';
import { toEntityRecord } from '../entity/entityRecord';
import type { SearchMatch, SearchQuery } from './searchRecord';

export class SearchRepository {
  constructor(private readonly db: Database) {}

  /** One query: every index of a wanted kind, filtered in the database, best `limit` hits overall. */
  async search(q: SearchQuery): Promise<SearchMatch[]> {
    const dated = q.statedAfter !== null || q.statedBefore !== null;
    const attributionFiltered = q.saidBy.length > 0 || dated;
    // Unfiltered, each index needs to yield only its own best `limit`; filtered, the best may lie deeper.
    const indexOptions = attributionFiltered || q.about.length > 0 ? {} : { limit: q.limit };
    const rows = await this.db.read<{ type: 'Claim' | 'Entity' | 'Attribution'; score: number; record: Record<string, unknown> }>('search', {
      query: q.luceneQuery,
      limit: q.limit,
      indexOptions,
      // One map, so every combination of filters shares one cached plan (see cypher/search.cypher).
      filter: {
        kinds: q.kinds,
        saidBy: q.saidBy,
        about: q.about,
        attributionFiltered,
        dated,
        from: q.statedAfter === null ? Number.MIN_SAFE_INTEGER : Date.parse(q.statedAfter),
        to: q.statedBefore === null ? Number.MAX_SAFE_INTEGER : Date.parse(q.statedBefore),
      },
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
