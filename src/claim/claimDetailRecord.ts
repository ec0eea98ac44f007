import { toAttributionRecord, type AttributionRecord } from '../attribution/attributionRecord';
import { toDocumentRecord, type DocumentRecord } from '../document/documentRecord';
import { toEntityRecord, type EntityRecord } from '../entity/entityRecord';
import { toClaimRecord, type ClaimRecord } from './claimRecord';

/**
 * A claim with what its attributions point at, read in one query (cypher/claim-details-by-ids.cypher)
 * when a request's selection reaches that far, so the service can prime the per-request loaders
 * instead of sending one more query per GraphQL level.
 */
export interface AttributionHopDetail {
  attribution: AttributionRecord;
  speaker: EntityRecord | null;
  document: DocumentRecord | null;
}

export interface AttributionDetail extends AttributionHopDetail {
  /** The publisher of the attribution's document. */
  publisher: EntityRecord | null;
  /** Itself, then each VIA hop to the origin; null when chains were not asked for. */
  chain: AttributionHopDetail[] | null;
}

export interface ClaimDetailRecord {
  claim: ClaimRecord;
  attributions: AttributionDetail[];
}

type Row = Record<string, unknown>;
const entity = (raw: unknown) => (raw ? toEntityRecord(raw as Row) : null);

/**
 * The query does not read an id twice: an attribution's speakerId and documentId are its speaker's
 * and document's ids, a document's publisherId its publisher's.
 */
function hop(raw: Row): AttributionHopDetail {
  const speaker = entity(raw.speaker);
  const doc = raw.document as Row | null;
  return {
    attribution: toAttributionRecord({ ...(raw.attribution as Row), speakerId: speaker?.id ?? null, documentId: doc?.id ?? null }),
    speaker,
    document: doc ? toDocumentRecord({ publisherId: null, ...doc }) : null,
  };
}

export function toClaimDetailRecord(row: Row): ClaimDetailRecord {
  return {
    claim: toClaimRecord(row.claim as Row),
    attributions: (row.attributions as Row[]).map((raw) => {
      const publisher = entity(raw.publisher);
      const own = hop({ ...raw, document: raw.document ? { ...(raw.document as Row), publisherId: publisher?.id ?? null } : null });
      const chain = raw.chain ? (raw.chain as Row[]).map((h) => hop(h)) : null;
      return { ...own, publisher, chain };
    }),
  };
}
