import { ClaimService } from '../claim/claimService';
import { EntityService } from '../entity/entityService';
import { IngestService } from '../ingest/ingestService';
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
}

export function createContext(repositories: Repositories): RequestContext {
  const loaders = createLoaders(repositories);
  return {
    loaders,
    entities: new EntityService(repositories.entities, loaders),
    claims: new ClaimService(repositories.claims, loaders),
    search: new SearchService(repositories.search),
    ingest: new IngestService(repositories.ingest),
  };
}
