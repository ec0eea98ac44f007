import { RevisionService } from '../audit/revisionService';
import { ApiKeyService } from '../auth/apiKeyService';
import type { KeyAuth } from '../auth/roles';
import { ClaimRelationService } from '../claim/claimRelationService';
import { ClaimService } from '../claim/claimService';
import { DashboardService } from '../dashboard/dashboardService';
import { DraftService } from '../draft/draftService';
import { extractor } from '../draft/extractor';
import { DuplicateService } from '../entity/duplicates/duplicateService';
import { EntityService } from '../entity/entityService';
import { EntityMergeService } from '../entity/merge/mergeService';
import { IngestService } from '../ingest/ingestService';
import { ReviewService } from '../review/reviewService';
import { SearchService } from '../search/searchService';
import { createLoaders, type Loaders } from './loaders';
import type { Repositories } from './repositories';

/** What every resolver receives: fresh per-request loaders and the services built on them. */
export interface RequestContext {
  /** The request's verified API key (src/auth/authenticator.ts); null when it sent none. */
  auth: KeyAuth | null;
  loaders: Loaders;
  entities: EntityService;
  claims: ClaimService;
  search: SearchService;
  ingest: IngestService;
  duplicates: DuplicateService;
  entityMerges: EntityMergeService;
  claimRelations: ClaimRelationService;
  reviews: ReviewService;
  dashboards: DashboardService;
  apiKeys: ApiKeyService;
  revisions: RevisionService;
  drafts: DraftService;
}

export function createContext(repositories: Repositories, auth: KeyAuth | null = null): RequestContext {
  const loaders = createLoaders(repositories);
  const claims = new ClaimService(repositories.claims, loaders);
  return {
    auth,
    loaders,
    entities: new EntityService(repositories.entities, loaders, claims),
    claims,
    search: new SearchService(repositories.search),
    ingest: new IngestService(repositories.ingest, auth),
    duplicates: new DuplicateService(repositories.duplicates),
    entityMerges: new EntityMergeService(repositories.entityMerges, auth),
    claimRelations: new ClaimRelationService(repositories.claimRelations, auth),
    reviews: new ReviewService(repositories.reviews, auth),
    dashboards: new DashboardService(repositories.entityGraphs, repositories.dashboards, loaders),
    apiKeys: new ApiKeyService(repositories.apiKeys, auth),
    revisions: new RevisionService(repositories.revisions),
    drafts: new DraftService(repositories.drafts, auth, extractor),
  };
}
