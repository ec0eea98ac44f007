import { AttributionRepository } from '../attribution/attributionRepository';
import { RevisionRepository } from '../audit/revisionRepository';
import { ApiKeyRepository } from '../auth/apiKeyRepository';
import { ClaimRelationRepository } from '../claim/claimRelationRepository';
import { ClaimRepository } from '../claim/claimRepository';
import { ProvenanceRepository } from '../claim/provenanceRepository';
import { DashboardRepository } from '../dashboard/dashboardRepository';
import { EntityGraphRepository } from '../dashboard/entityGraphRepository';
import type { Database } from '../db/database';
import { DocumentRepository } from '../document/documentRepository';
import { DraftRepository } from '../draft/draftRepository';
import { DuplicateRepository } from '../entity/duplicates/duplicateRepository';
import { EntityRepository } from '../entity/entityRepository';
import { EntityMergeRepository } from '../entity/merge/mergeRepository';
import { IngestRepository } from '../ingest/ingestRepository';
import { ReviewRepository } from '../review/reviewRepository';
import { SearchRepository } from '../search/searchRepository';

export interface Repositories {
  entities: EntityRepository;
  claims: ClaimRepository;
  provenance: ProvenanceRepository;
  attributions: AttributionRepository;
  documents: DocumentRepository;
  search: SearchRepository;
  ingest: IngestRepository;
  duplicates: DuplicateRepository;
  entityMerges: EntityMergeRepository;
  claimRelations: ClaimRelationRepository;
  reviews: ReviewRepository;
  entityGraphs: EntityGraphRepository;
  dashboards: DashboardRepository;
  apiKeys: ApiKeyRepository;
  revisions: RevisionRepository;
  drafts: DraftRepository;
}

export function createRepositories(db: Database): Repositories {
  return {
    entities: new EntityRepository(db),
    claims: new ClaimRepository(db),
    provenance: new ProvenanceRepository(db),
    attributions: new AttributionRepository(db),
    documents: new DocumentRepository(db),
    search: new SearchRepository(db),
    ingest: new IngestRepository(db),
    duplicates: new DuplicateRepository(db),
    entityMerges: new EntityMergeRepository(db),
    claimRelations: new ClaimRelationRepository(db),
    reviews: new ReviewRepository(db),
    entityGraphs: new EntityGraphRepository(db),
    dashboards: new DashboardRepository(db),
    apiKeys: new ApiKeyRepository(db),
    revisions: new RevisionRepository(db),
    drafts: new DraftRepository(db),
  };
}
