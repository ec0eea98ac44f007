import { loadByIds } from '../db/batch';
import type { Database } from '../db/database';
import { toClaimRecord, type ClaimRecord } from './claimRecord';
import { NO_PROVENANCE, toClaimProvenanceRecord, type ClaimProvenanceRecord } from './provenanceRecord';

/**
 * Provenance across documents: the SAME_AS cluster of claims, and the origins, independent-origin
 * count and outlets computed over it. Each method is one batched query for many claims (DataLoader).
 */
export class ProvenanceRepository {
  constructor(private readonly db: Database) {}

  provenanceByIds(ids: readonly string[]): Promise<ClaimProvenanceRecord[]> {
    return loadByIds(this.db, 'claim-provenance-by-ids', ids, 'id', 'provenance', NO_PROVENANCE, toClaimProvenanceRecord);
  }

  sameAsClustersByIds(ids: readonly string[]): Promise<ClaimRecord[][]> {
    return loadByIds(this.db, 'claim-same-as-cluster-by-ids', ids, 'id', 'claims', [], (raw) =>
      (raw as Record<string, unknown>[]).map(toClaimRecord),
    );
  }
}
