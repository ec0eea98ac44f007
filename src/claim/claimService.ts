import type { AttributionMode, Stance } from '../attribution/attributionRecord';
import type { Loaders } from '../server/loaders';
import { pageSize, toConnection } from '../shared/cursor';
import { BadUserInputError } from '../shared/errors';
import { decodeClaimCursor, encodeClaimCursor } from './claimCursor';
import { NO_PREFETCH, primeClaimDetail, type ClaimPrefetch } from './claimPrefetch';
import type { ClaimConnectionRecord, ClaimRecord } from './claimRecord';
import type { ClaimRepository } from './claimRepository';

export interface ClaimFilterInput {
  saidBy?: string[] | null;
  about?: string[] | null;
  documentId?: string | null;
  mode?: AttributionMode | null;
  stance?: Stance | null;
  anonymousSpeaker?: boolean | null;
  statedAfter?: string | null;
  statedBefore?: string | null;
  text?: string | null;
}

const MAX_FILTER_IDS = 100;

export class ClaimService {
  /**
   * The snapshot time of this request's first pages: one per request (services are built per
   * request), so a page prefetched with its entity and the page its resolver asks for are the same
   * loader key.
   */
  private readonly now = Date.now();

  constructor(private readonly repository: ClaimRepository, private readonly loaders: Loaders) {}

  /**
   * One claim. `prefetch` (what the request's selection reaches below the claim) lets the claim be
   * read together with its attributions, their speakers, documents and chains, or its provenance, in
   * one query per kind, with the loaders primed for the nested fields (claimPrefetch.ts).
   */
  async get(id: string, prefetch: ClaimPrefetch = NO_PREFETCH): Promise<ClaimRecord | null> {
    const [detail, provenance] = await Promise.all([
      prefetch.attributions ? this.loaders.claimDetails.load({ id, chains: prefetch.chains }) : null,
      prefetch.provenance ? this.loaders.claimProvenance.load(id) : null,
    ]);
    if (detail) primeClaimDetail(this.loaders, detail, prefetch.chains);
    if (provenance?.claim) {
      this.loaders.claim.prime(id, provenance.claim);
      for (const speaker of provenance.speakers) this.loaders.entity.prime(speaker.id, speaker);
    }
    if (prefetch.attributions || prefetch.provenance) return detail?.claim ?? provenance?.claim ?? null;
    return this.loaders.claim.load(id);
  }

  async list(filter: ClaimFilterInput | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ClaimConnectionRecord> {
    const limit = pageSize(first);
    const f = filter ?? {};
    for (const field of ['saidBy', 'about'] as const) {
      if ((f[field]?.length ?? 0) > MAX_FILTER_IDS) {
        throw new BadUserInputError([{ path: `filter.${field}`, message: `may list at most ${MAX_FILTER_IDS} ids` }]);
      }
    }
    if (f.statedAfter && f.statedBefore && f.statedBefore <= f.statedAfter) {
      throw new BadUserInputError([{ path: 'filter.statedBefore', message: `must be later than statedAfter (${f.statedAfter})` }]);
    }
    const text = f.text?.trim() || null;
    const cursor = decodeClaimCursor(after);
    // The first page fixes the snapshot; later pages read as of it (see claimCursor.ts).
    const asOf = cursor?.asOf ?? this.now;
    const page = await this.repository.page({
      saidBy: f.saidBy ?? null,
      about: f.about ?? null,
      documentId: f.documentId ?? null,
      mode: f.mode ?? null,
      stance: f.stance ?? null,
      anonymousSpeaker: f.anonymousSpeaker ?? null,
      statedAfter: f.statedAfter ?? null,
      statedBefore: f.statedBefore ?? null,
      text,
      after: cursor,
      asOf,
      limit: limit + 1,
    });
    return toConnection(page.rows, limit, page.total, (p) => encodeClaimCursor({ key: Number(p.key), id: p.id, asOf }));
  }

  /**
   * Entity.claimsAbout: the claims about one entity, as `list({ about: [entityId] })` answers them
   * (same order, cursors and snapshot), through a loader so a list of entities costs one query.
   */
  async listAbout(entityId: string, first: number | null | undefined, after: string | null | undefined): Promise<ClaimConnectionRecord> {
    const limit = pageSize(first);
    const cursor = decodeClaimCursor(after);
    const asOf = cursor?.asOf ?? this.now;
    const page = await this.loaders.claimsAbout.load({ entityId, after: cursor && { key: cursor.key, id: cursor.id }, asOf, limit: limit + 1 });
    return toConnection(page.rows, limit, page.total, (p) => encodeClaimCursor({ key: Number(p.key), id: p.id, asOf }));
  }
}
