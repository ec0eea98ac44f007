import { toAttributionRecord, type AttributionRecord } from '../attribution/attributionRecord';
import { toEntityRecord, type EntityRecord } from '../entity/entityRecord';
import { toClaimRecord, type ClaimRecord } from './claimRecord';

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
  /** The claim itself (null when there is no such claim), read along to prime the claim loader. */
  claim: ClaimRecord | null;
  /** The speakers of `origins` (one per origin, repeats allowed), read along to prime the entity loader. */
  speakers: EntityRecord[];
}

export const NO_PROVENANCE: ClaimProvenanceRecord = { origins: [], independentOrigins: 0, outlets: [], claim: null, speakers: [] };

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The query returns its lists unordered (sorting a list in Cypher needs a subquery per list); sorted here. */
export function toClaimProvenanceRecord(raw: unknown): ClaimProvenanceRecord {
  const row = raw as { origins: Record<string, unknown>[]; independentOrigins: number; outlets: Record<string, unknown>[]; claim: Record<string, unknown>; speakers: Record<string, unknown>[] };
  return {
    claim: toClaimRecord(row.claim),
    speakers: row.speakers.map(toEntityRecord),
    origins: row.origins.map(toAttributionRecord).sort((a, b) => byKey(a.id, b.id)),
    independentOrigins: row.independentOrigins,
    outlets: row.outlets.map(toEntityRecord).sort((a, b) => byKey(a.name, b.name) || byKey(a.id, b.id)),
  };
}
