import { toAttributionRecord, type AttributionMode, type AttributionRecord, type Stance } from '../attribution/attributionRecord';
import { loadByIds } from '../db/batch';
import type { Database } from '../db/database';
import { toEntityRecord, type EntityRecord } from '../entity/entityRecord';
import type { Page } from '../entity/entityRepository';
import { loadPages } from '../db/pageBatch';
import { toClaimDetailRecord, type ClaimDetailRecord } from './claimDetailRecord';
import { toClaimRecord, type ClaimRecord, type ClaimRelationRecord } from './claimRecord';

export interface ClaimPageQuery {
  saidBy: string[] | null;
  about: string[] | null;
  documentId: string | null;
  mode: AttributionMode | null;
  stance: Stance | null;
  anonymousSpeaker: boolean | null;
  statedAfter: string | null;
  statedBefore: string | null;
  text: string | null;
  after: { key: string | number; id: string } | null;
  /** Epoch millis: claims and attributions created later are left out (a stable snapshot for paging). */
  asOf: number;
  limit: number;
}

/** A page of the claims about an entity (Entity.claimsAbout); `limit` is the page size plus one. */
export interface ClaimsAboutPageRequest {
  entityId: string;
  after: { key: number; id: string } | null;
  asOf: number;
  limit: number;
}

/** A claimDetails loader key: the claim, and whether its attributions' chains are wanted too. */
export interface ClaimDetailKey {
  id: string;
  chains: boolean;
}

const entities = (raw: unknown) => (raw as Record<string, unknown>[]).map(toEntityRecord);
const attributions = (raw: unknown) => (raw as Record<string, unknown>[]).map(toAttributionRecord);

export class ClaimRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: readonly string[]): Promise<(ClaimRecord | null)[]> {
    return loadByIds(this.db, 'claims-by-ids', ids, 'id', 'claim', null, (raw) => toClaimRecord(raw as Record<string, unknown>));
  }

  aboutByIds(ids: readonly string[]): Promise<EntityRecord[][]> {
    return loadByIds(this.db, 'claim-about-by-ids', ids, 'id', 'entities', [], entities);
  }

  /**
   * Claims with their attributions' speakers, documents, publishers and chains (see
   * claimDetailRecord.ts), for the claimDetails loader: one query for every key, with chains when any
   * key asks for them.
   */
  async detailsByKeys(keys: readonly ClaimDetailKey[]): Promise<(ClaimDetailRecord | null)[]> {
    const rows = await this.db.read('claim-details-by-ids', { ids: [...new Set(keys.map((k) => k.id))], withChains: keys.some((k) => k.chains) });
    const byId = new Map(rows.map((r) => [r.id as string, toClaimDetailRecord(r)]));
    return keys.map((k) => byId.get(k.id) ?? null);
  }

  speakersByIds(ids: readonly string[]): Promise<EntityRecord[][]> {
    return loadByIds(this.db, 'claim-speakers-by-ids', ids, 'id', 'entities', [], entities);
  }

  attributionsByIds(ids: readonly string[]): Promise<AttributionRecord[][]> {
    return loadByIds(this.db, 'claim-attributions-by-ids', ids, 'id', 'attributions', [], attributions);
  }

  firstReportedByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    return loadByIds(this.db, 'claim-first-reported-by-ids', ids, 'id', 'entity', null, (raw) => toEntityRecord(raw as Record<string, unknown>));
  }

  relatedByIds(ids: readonly string[]): Promise<ClaimRelationRecord[][]> {
    return loadByIds(this.db, 'claim-related-by-ids', ids, 'id', 'relations', []);
  }

  async page(q: ClaimPageQuery): Promise<Page<ClaimRecord>> {
    const { after, asOf, limit, ...filter } = q;
    const attributionFiltered = Boolean(
      (filter.saidBy && filter.saidBy.length > 0) || filter.documentId || filter.mode || filter.stance ||
        filter.anonymousSpeaker !== null || filter.statedAfter || filter.statedBefore,
    );
    const [row] = await this.db.read<{ total: number; rows: { key: number; claim: Record<string, unknown> }[] }>('claims-page', {
      ...filter,
      attributionFiltered,
      afterKey: after?.key ?? null,
      afterId: after?.id ?? null,
      asOf,
      limit,
    });
    return { total: row.total, rows: row.rows.map((r) => ({ key: r.key, node: toClaimRecord(r.claim) })) };
  }

  /** One page of claims about each entity, for many entities in one query (see db/pageBatch.ts). */
  async aboutPages(requests: readonly ClaimsAboutPageRequest[]): Promise<Page<ClaimRecord>[]> {
    const pages = await loadPages<ClaimsAboutPageRequest, { key: number; claim: Record<string, unknown> }>(
      this.db, 'claims-about-pages', requests,
      (r, key) => ({ key, entityId: r.entityId, afterKey: r.after?.key ?? null, afterId: r.after?.id ?? null, asOf: r.asOf }),
    );
    return pages.map((p) => ({ total: p.total, rows: p.rows.map((r) => ({ key: r.key, node: toClaimRecord(r.claim) })) }));
  }
}
