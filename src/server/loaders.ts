import DataLoader from 'dataloader';
import type { AttributionRecord } from '../attribution/attributionRecord';
import type { ClaimRecord, ClaimRelationRecord } from '../claim/claimRecord';
import type { ClaimProvenanceRecord } from '../claim/provenanceRecord';
import { keyText, type ActivityKey, type EdgeClaimsKey } from '../dashboard/dashboardKeys';
import type { ActivityBucketRecord } from '../dashboard/dashboardRecord';
import type { DocumentRecord } from '../document/documentRecord';
import type { SuggestionRecord } from '../draft/draftRecord';
import type { AffiliationRecord, EntityRecord } from '../entity/entityRecord';
import type { ReviewRecord } from '../review/reviewRecord';
import type { ClaimDetailKey, ClaimsAboutPageRequest } from '../claim/claimRepository';
import type { ClaimDetailRecord } from '../claim/claimDetailRecord';
import type { Page, StatementsPageRequest } from '../entity/entityRepository';
import type { Repositories } from './repositories';

/**
 * Per-request DataLoaders: every field that needs related data for many parents in one GraphQL level
 * costs one batched `UNWIND $ids` query, not one query per row. Built fresh for each request so no
 * data leaks between requests or goes stale.
 */
export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  affiliations: DataLoader<string, AffiliationRecord[]>;
  claim: DataLoader<string, ClaimRecord | null>;
  claimAbout: DataLoader<string, EntityRecord[]>;
  /** A claim with its attributions' speakers, documents and chains, read at once to prime the loaders below (claim/claimPrefetch.ts). */
  claimDetails: DataLoader<ClaimDetailKey, ClaimDetailRecord | null, string>;
  claimSpeakers: DataLoader<string, EntityRecord[]>;
  claimAttributions: DataLoader<string, AttributionRecord[]>;
  /** origins, independentOrigins and outlets of a claim over its SAME_AS cluster: one query for all three. */
  claimProvenance: DataLoader<string, ClaimProvenanceRecord>;
  claimSameAsCluster: DataLoader<string, ClaimRecord[]>;
  claimFirstReportedBy: DataLoader<string, EntityRecord | null>;
  claimRelated: DataLoader<string, ClaimRelationRecord[]>;
  /** Fact-check verdicts on a claim, newest first. */
  claimReviews: DataLoader<string, ReviewRecord[]>;
  attribution: DataLoader<string, AttributionRecord | null>;
  attributionChain: DataLoader<string, AttributionRecord[]>;
  document: DataLoader<string, DocumentRecord | null>;
  documentAuthors: DataLoader<string, EntityRecord[]>;
  documentAttributions: DataLoader<string, AttributionRecord[]>;
  /** The claims behind entityGraph edges: every edge of a response in one query. */
  edgeClaims: DataLoader<EdgeClaimsKey, ClaimRecord[], string>;
  /** Entity.activity buckets, for every entity of a response in one query. */
  entityActivity: DataLoader<ActivityKey, ActivityBucketRecord[], string>;
  /** A page of Entity.statements per entity: one query for every entity of a GraphQL level. */
  entityStatements: DataLoader<StatementsPageRequest, Page<AttributionRecord>, string>;
  /** A page of Entity.claimsAbout per entity: one query for every entity of a GraphQL level. */
  claimsAbout: DataLoader<ClaimsAboutPageRequest, Page<ClaimRecord>, string>;
  /** Claim.suggestion / Attribution.suggestion: acceptDraft's machine-suggestion metadata, null for hand-entered data. */
  claimSuggestion: DataLoader<string, SuggestionRecord | null>;
  attributionSuggestion: DataLoader<string, SuggestionRecord | null>;
}

export function createLoaders(r: Repositories): Loaders {
  const make = <V>(fn: (ids: readonly string[]) => Promise<V[]>) => new DataLoader<string, V>(fn, { maxBatchSize: 1000 });
  return {
    entity: make((ids) => r.entities.byIds(ids)),
    affiliations: make((ids) => r.entities.affiliationsByIds(ids)),
    claim: make((ids) => r.claims.byIds(ids)),
    claimAbout: make((ids) => r.claims.aboutByIds(ids)),
    claimDetails: new DataLoader<ClaimDetailKey, ClaimDetailRecord | null, string>((keys) => r.claims.detailsByKeys(keys), { cacheKeyFn: (k) => `${k.chains}:${k.id}`, maxBatchSize: 1000 }),
    claimSpeakers: make((ids) => r.claims.speakersByIds(ids)),
    claimAttributions: make((ids) => r.claims.attributionsByIds(ids)),
    claimProvenance: make((ids) => r.provenance.provenanceByIds(ids)),
    claimSameAsCluster: make((ids) => r.provenance.sameAsClustersByIds(ids)),
    claimFirstReportedBy: make((ids) => r.claims.firstReportedByIds(ids)),
    claimRelated: make((ids) => r.claims.relatedByIds(ids)),
    claimReviews: make((ids) => r.reviews.byClaimIds(ids)),
    attribution: make((ids) => r.attributions.byIds(ids)),
    attributionChain: make((ids) => r.attributions.chainsByIds(ids)),
    document: make((ids) => r.documents.byIds(ids)),
    documentAuthors: make((ids) => r.documents.authorsByIds(ids)),
    documentAttributions: make((ids) => r.documents.attributionsByIds(ids)),
    edgeClaims: new DataLoader<EdgeClaimsKey, ClaimRecord[], string>((keys) => r.entityGraphs.edgeClaims(keys), { cacheKeyFn: keyText, maxBatchSize: 1000 }),
    entityActivity: new DataLoader<ActivityKey, ActivityBucketRecord[], string>((keys) => r.dashboards.activityByKeys(keys), { cacheKeyFn: keyText, maxBatchSize: 1000 }),
    entityStatements: new DataLoader<StatementsPageRequest, Page<AttributionRecord>, string>((keys) => r.entities.statementsPages(keys), { cacheKeyFn: (k) => JSON.stringify(k), maxBatchSize: 1000 }),
    claimsAbout: new DataLoader<ClaimsAboutPageRequest, Page<ClaimRecord>, string>((keys) => r.claims.aboutPages(keys), { cacheKeyFn: (k) => JSON.stringify(k), maxBatchSize: 1000 }),
    claimSuggestion: make((ids) => r.drafts.claimSuggestionsByIds(ids)),
    attributionSuggestion: make((ids) => r.drafts.attributionSuggestionsByIds(ids)),
  };
}
