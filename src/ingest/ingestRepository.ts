import { recordRevision } from '../audit/recordRevision';
import type { RevisionDraft } from '../audit/revisionDraft';
import type { Database, Tx } from '../db/database';
import type { EntityKind } from '../entity/entityRecord';

/**
 * The ingest's Cypher: one lookup, then the writes, all in one write transaction. The service's
 * `plan` callback runs between them; if it throws (bad input), the transaction rolls back and
 * nothing is written.
 */
export interface LookupParams {
  entityIds: string[];
  documentIds: string[];
  claimIds: string[];
  attributionIds: string[];
  nameKeys: string[];
  wikidataIds: string[];
  viaTargets: string[];
  relations: { from: string; type: string; to: string }[];
  reviewIds: string[];
}

export interface LookupResult {
  entities: string[];
  redirects: { id: string; target: string | null }[];
  documents: string[];
  claims: string[];
  attributions: string[];
  nameMatches: { id: string; kind: EntityKind; nameKeys: string[] }[];
  wikidataMatches: { id: string; kind: EntityKind; wikidataId: string }[];
  viaChains: { id: string; chain: string[] }[];
  relations: { from: string; type: string; to: string }[];
  /** Review ids of the bundle that are already in the graph. */
  reviews: string[];
}

export interface WritePlan {
  now: string;
  upsertEntities: Record<string, unknown>[];
  resolveEntities: Record<string, unknown>[];
  affiliations: Record<string, unknown>[];
  documents: Record<string, unknown>[];
  claims: Record<string, unknown>[];
  attributions: Record<string, unknown>[];
  relations: Record<string, unknown>[];
  reviews: Record<string, unknown>[];
}

export class IngestRepository {
  constructor(private readonly db: Database) {}

  async ingest<R>(lookup: LookupParams, plan: (facts: LookupResult) => { write: WritePlan; result: R; touched: string[] }, revision: RevisionDraft): Promise<R> {
    return this.db.writeTransaction(async (tx) => {
      const { result, touched } = await ingestSteps(tx, lookup, plan);
      await recordRevision(tx, revision, touched);
      return result;
    });
  }
}

/**
 * The ingest's lookup and writes inside a transaction someone else owns: `ingest` above, and
 * `acceptDraft` (src/draft/), which ingests the reviewed draft and marks it accepted in one
 * transaction. The caller records the Revision.
 */
export async function ingestSteps<R>(tx: Tx, lookup: LookupParams, plan: (facts: LookupResult) => { write: WritePlan; result: R; touched: string[] }): Promise<{ result: R; touched: string[] }> {
  const [facts] = await tx.run<LookupResult>('ingest-lookup', { ...lookup });
  const { write, result, touched } = plan(facts);
  const steps: [string, string, Record<string, unknown>[]][] = [
    ['ingest-entities-upsert', 'entities', write.upsertEntities],
    ['ingest-entities-resolve', 'entities', write.resolveEntities],
    ['ingest-affiliations', 'affiliations', write.affiliations],
    ['ingest-documents', 'documents', write.documents],
    ['ingest-claims', 'claims', write.claims],
    ['ingest-attributions', 'attributions', write.attributions],
    ['ingest-relations', 'relations', write.relations],
    ['ingest-reviews', 'reviews', write.reviews],
  ];
  for (const [query, param, rows] of steps) {
    if (rows.length > 0) await tx.run(query, { [param]: rows, now: write.now });
  }
  return { result, touched };
}
