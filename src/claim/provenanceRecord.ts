import { toAttributionRecord, type AttributionRecord } from '../attribution/attributionRecord';
import { toEntityRecord, type EntityRecord } from '../entity/entityRecord';

/**
 * Where a claim comes from, across documents: computed together over the claim's SAME_AS cluster by
 * one query (cypher/claim-provenance-by-ids.cypher), because all three share the same walk.
 */
export interface ClaimProvenanceRecord {
  /** Chain ends that do not relay an outlet's own attributions (all ends if every one does). */
  origins: AttributionRecord[];
  /** Distinct speakers of `origins`. */
  independentOrigins: number;
  /** Distinct publishers of the documents recording the cluster's attributions. */
  outlets: EntityRecord[];
}

export const NO_PROVENANCE: ClaimProvenanceRecord = { origins: [], independentOrigins: 0, outlets: [] };

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The query returns its lists unordered (sorting a list in Cypher needs a subquery per list); sorted here. */
export function toClaimProvenanceRecord(raw: unknown): ClaimProvenanceRecord {
  const row = raw as { origins: Record<string, unknown>[]; independentOrigins: number; outlets: Record<string, unknown>[] };
  return {
    origins: row.origins.map(toAttributionRecord).sort((a, b) => byKey(a.id, b.id)),
    independentOrigins: row.independentOrigins,
    outlets: row.outlets.map(toEntityRecord).sort((a, b) => byKey(a.name, b.name) || byKey(a.id, b.id)),
  };
}
