import { AttributionRepository } from '../attribution/attributionRepository';
import { ClaimRepository } from '../claim/claimRepository';
import type { Database } from '../db/database';
import { DocumentRepository } from '../document/documentRepository';
import { EntityRepository } from '../entity/entityRepository';
import { IngestRepository } from '../ingest/ingestRepository';
import { SearchRepository } from '../search/searchRepository';

export interface Repositories {
  entities: EntityRepository;
  claims: ClaimRepository;
  attributions: AttributionRepository;
  documents: DocumentRepository;
  search: SearchRepository;
  ingest: IngestRepository;
}

export function createRepositories(db: Database): Repositories {
  return {
    entities: new EntityRepository(db),
    claims: new ClaimRepository(db),
    attributions: new AttributionRepository(db),
    documents: new DocumentRepository(db),
    search: new SearchRepository(db),
    ingest: new IngestRepository(db),
  };
}
