import type { Database } from '../db/database';
import type { BulkStep } from './bulkFormat';

/**
 * The bulk import's Cypher: per batch, one write transaction holding the lookup (bulk-lookup), then
 * the batch's rows. Rows whose ids the lookup found nowhere are created by a bulk-*-create query
 * (CREATE, links by MATCH on the constrained ids, no before/after diff: a new node has no "before");
 * rows whose ids exist go through the very upserts `ingestDocument` uses (ingest-*.cypher, MERGE and
 * updatedAt moving only on change), so a re-import or an update behaves exactly like the ingest, and
 * both paths make the same graph. Affiliations and relations have no id of their own and always go
 * through the ingest's MERGE. If `plan` throws (a bad reference), the transaction rolls back and
 * nothing of the batch is written.
 */
export interface BulkLookupParams {
  entityIds: string[];
  documentIds: string[];
  claimIds: string[];
  attributionIds: string[];
  rowEntityIds: string[];
  rowDocumentIds: string[];
  rowClaimIds: string[];
  rowAttributionIds: string[];
}

export interface BulkLookupResult {
  entitiesNotFound: { id: string; target: string | null }[];
  documentsNotFound: string[];
  claimsNotFound: string[];
  attributionsNotFound: string[];
  viaChains: { id: string; chain: string[] }[];
  redirectedRows: { id: string; target: string | null }[];
  existingEntities: string[];
  existingDocuments: string[];
  existingClaims: string[];
  existingAttributions: string[];
}

/** A batch's rows split by the lookup: `created` ids are new to the graph, `upserted` ones exist. */
export interface BatchRows {
  created: Record<string, unknown>[];
  upserted: Record<string, unknown>[];
}

const WRITES: Record<BulkStep, { create: string | null; upsert: string; param: string }> = {
  entities: { create: 'bulk-entities-create', upsert: 'ingest-entities-upsert', param: 'entities' },
  affiliations: { create: null, upsert: 'ingest-affiliations', param: 'affiliations' },
  documents: { create: 'bulk-documents-create', upsert: 'ingest-documents', param: 'documents' },
  claims: { create: 'bulk-claims-create', upsert: 'ingest-claims', param: 'claims' },
  attributions: { create: 'bulk-attributions-create', upsert: 'ingest-attributions', param: 'attributions' },
  relations: { create: null, upsert: 'ingest-relations', param: 'relations' },
};

export class BulkRepository {
  constructor(private readonly db: Database) {}

  async writeBatch(step: BulkStep, lookup: BulkLookupParams, plan: (facts: BulkLookupResult) => BatchRows, now: string): Promise<number> {
    return this.db.writeTransaction(async (tx) => {
      const [facts] = await tx.run<BulkLookupResult>('bulk-lookup', { ...lookup });
      const { created, upserted } = plan(facts);
      const { create, upsert, param } = WRITES[step];
      if (create === null && created.length > 0) throw new Error(`the ${step} step has no create query`);
      // New rows first: an existing attribution updated to relay a new one finds it.
      if (create !== null && created.length > 0) await tx.run(create, { [param]: created, now });
      if (upserted.length > 0) await tx.run(upsert, { [param]: upserted, now });
      return created.length + upserted.length;
    });
  }
}
