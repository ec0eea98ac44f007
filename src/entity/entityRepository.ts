import type { Database } from '../db/database';
import { loadByIds } from '../db/batch';
import { toAttributionRecord, type AttributionRecord } from '../attribution/attributionRecord';
import { toEntityRecord, type AffiliationRecord, type EntityKind, type EntityRecord } from './entityRecord';

export interface EntityPageQuery {
  nameKey: string | null;
  kind: EntityKind | null;
  anonymous: boolean | null;
  after: { key: string | number; id: string } | null;
  limit: number;
}

export interface Page<T> {
  total: number;
  rows: { key: string | number; node: T }[];
}

export class EntityRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    return loadByIds(this.db, 'entities-by-ids', ids, 'requested', 'entity', null, (raw) => toEntityRecord(raw as Record<string, unknown>));
  }

  affiliationsByIds(ids: readonly string[]): Promise<AffiliationRecord[][]> {
    return loadByIds(this.db, 'affiliations-by-entity-ids', ids, 'id', 'affiliations', []);
  }

  async page(q: EntityPageQuery): Promise<Page<EntityRecord>> {
    const [row] = await this.db.read<{ total: number; rows: { key: string; entity: Record<string, unknown> }[] }>('entities-page', {
      nameKey: q.nameKey,
      kind: q.kind,
      anonymous: q.anonymous,
      afterKey: q.after?.key ?? null,
      afterId: q.after?.id ?? null,
      limit: q.limit,
    });
    return { total: row.total, rows: row.rows.map((r) => ({ key: r.key, node: toEntityRecord(r.entity) })) };
  }

  async statementsPage(entityId: string, after: { key: string | number; id: string } | null, limit: number): Promise<Page<AttributionRecord>> {
    const [row] = await this.db.read<{ total: number; rows: { key: number; attribution: Record<string, unknown> }[] }>('entity-statements-page', {
      entityId,
      afterKey: after?.key ?? null,
      afterId: after?.id ?? null,
      limit,
    });
    return { total: row.total, rows: row.rows.map((r) => ({ key: r.key, node: toAttributionRecord(r.attribution) })) };
  }
}
