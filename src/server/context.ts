import { ClaimRelationService } from '../claim/claimRelationService';
import { ClaimService } from '../claim/claimService';
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
  loaders: Loaders;
  entities: EntityService;
  claims: ClaimService;
  search: SearchService;
  ingest: IngestService;
  duplicates: DuplicateService;
  entityMerges: EntityMergeService;
  claimRelations: ClaimRelationService;
  reviews: ReviewService;
}

export function createContext(repositories: Repositories): RequestContext {
  const loaders = createLoaders(repositories);
  return {
    loaders,
    entities: new EntityService(repositories.entities, loaders),
    claims: new ClaimService(repositories.claims, loaders),
    search: new SearchService(repositories.search),
    ingest: new IngestService(repositories.ingest),
    duplicates: new DuplicateService(repositories.duplicates),
    entityMerges: new EntityMergeService(repositories.entityMerges),
    claimRelations: new ClaimRelationService(repositories.claimRelations),
    reviews: new ReviewService(repositories.reviews),
  };
}
