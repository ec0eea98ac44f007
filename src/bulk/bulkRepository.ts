import type { Database } from '../db/database';
import type { BulkStep } from './bulkFormat';

/**
 * The bulk import's Cypher: per batch, one write transaction holding the lookup (bulk-lookup), then
 * the batch's rows written by the very queries `ingestDocument` uses (ingest-*.cypher, all
 * `UNWIND $rows` and MERGE on constrained ids), so both paths make the same graph: labels,
 * properties (nameKeys, createdAt, updatedAt moving only on change), relationships. If `plan` throws
 * (a bad reference), the transaction rolls back and nothing of the batch is written.
 */
export interface BulkLookupParams {
  entityIds: string[];
  documentIds: string[];
  claimIds: string[];
  attributionIds: string[];
  rowEntityIds: string[];
}

export interface BulkLookupResult {
  entitiesNotFound: { id: string; target: string | null }[];
  documentsNotFound: string[];
  claimsNotFound: string[];
  attributionsNotFound: string[];
  viaChains: { id: string; chain: string[] }[];
  redirectedRows: { id: string; target: string | null }[];
}

const WRITES: Record<BulkStep, { query: string; param: string }> = {
  entities: { query: 'ingest-entities-upsert', param: 'entities' },
  affiliations: { query: 'ingest-affiliations', param: 'affiliations' },
  documents: { query: 'ingest-documents', param: 'documents' },
  claims: { query: 'ingest-claims', param: 'claims' },
  attributions: { query: 'ingest-attributions', param: 'attributions' },
  relations: { query: 'ingest-relations', param: 'relations' },
};

export class BulkRepository {
  constructor(private readonly db: Database) {}

  async writeBatch(step: BulkStep, lookup: BulkLookupParams, plan: (facts: BulkLookupResult) => Record<string, unknown>[], now: string): Promise<number> {
    return this.db.writeTransaction(async (tx) => {
      const [facts] = await tx.run<BulkLookupResult>('bulk-lookup', { ...lookup });
      const rows = plan(facts);
      const { query, param } = WRITES[step];
      if (rows.length > 0) await tx.run(query, { [param]: rows, now });
      return rows.length;
    });
  }
}
