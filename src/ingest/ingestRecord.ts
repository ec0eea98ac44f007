import type { ResolvedEntity } from './entityResolution';

export interface IngestCount {
  created: number;
  matched: number;
}

export interface IngestResultRecord {
  documentId: string;
  entities: IngestCount;
  documents: IngestCount;
  claims: IngestCount;
  attributions: IngestCount;
  relations: IngestCount;
  reviews: IngestCount;
  resolvedEntities: ResolvedEntity[];
}
