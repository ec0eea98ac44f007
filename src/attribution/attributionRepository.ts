import { loadByIds } from '../db/batch';
import type { Database } from '../db/database';
import { toAttributionRecord, type AttributionRecord } from './attributionRecord';

export class AttributionRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: readonly string[]): Promise<(AttributionRecord | null)[]> {
    return loadByIds(this.db, 'attributions-by-ids', ids, 'id', 'attribution', null, (raw) => toAttributionRecord(raw as Record<string, unknown>));
  }

  chainsByIds(ids: readonly string[]): Promise<AttributionRecord[][]> {
    return loadByIds(this.db, 'attribution-chains-by-ids', ids, 'id', 'chain', [], (raw) => (raw as Record<string, unknown>[]).map(toAttributionRecord));
  }
}
