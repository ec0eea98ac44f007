import type { Database } from '../db/database';
import { loadByIds } from '../db/batch';
import { loadPages } from '../db/pageBatch';
import { toAttributionRecord, type AttributionRecord } from '../attribution/attributionRecord';
import { toEntityRecord, type AffiliationRecord, type EntityKind, type EntityRecord } from './entityRecord';

export interface EntityPageQuery {
  nameKey: string | null;
  kind: EntityKind | null;
  anonymous: boolean | null;
  after: { key: string | number; id: string } | null;
  limit: number;
}

/** A page of what an entity said: `limit` is the page size plus one (the extra row tells if there is more). */
export interface StatementsPageRequest {
  entityId: string;
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

  /** One page of statements per request, for many entities in one query (see db/pageBatch.ts). */
  async statementsPages(requests: readonly StatementsPageRequest[]): Promise<Page<AttributionRecord>[]> {
    const pages = await loadPages<StatementsPageRequest, { key: number; attribution: Record<string, unknown> }>(
      this.db, 'entity-statements-pages', requests,
      (r, key) => ({ key, entityId: r.entityId, afterKey: r.after?.key ?? null, afterId: r.after?.id ?? null }),
    );
    return pages.map((p) => ({ total: p.total, rows: p.rows.map((r) => ({ key: r.key, node: toAttributionRecord(r.attribution) })) }));
  }
}
