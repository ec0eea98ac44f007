import type { DocumentKind } from '../document/documentRecord';
import type { DraftAttribution, DraftClaim, DraftEntity } from '../extract/draftBundle';
import type { ExtractedAttribution } from '../extract/extractionTypes';
import type { IngestResultRecord } from '../ingest/ingestRecord';
import type { Connection } from '../shared/connection';

/**
 * A draft as the API hands it out: the extractor's proposal for one text (a bundle in the ingest
 * format, each claim and attribution with a confidence, plus the raw items with their offsets) and
 * where it stands in review. Optional bundle fields are filled in (empty lists, false, null) once,
 * here, so the GraphQL types can promise non-null values.
 */
export type DraftStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';
export const DRAFT_STATUSES: readonly DraftStatus[] = ['PENDING', 'ACCEPTED', 'REJECTED'];

export interface DraftDocumentRecord {
  id: string;
  title: string;
  url: string | null;
  kind: DocumentKind;
  publishedAt: string | null;
  publisher: string | null;
}

/** The bundle's entities and claims as the extractor writes them (src/extract/draftBundle.ts). */
export type DraftEntityRecord = DraftEntity;
export type DraftClaimRecord = DraftClaim;

export interface DraftAttributionRecord extends DraftAttribution {
  /** The extracted item (`x1`, ...) this attribution was made from, when the extractor says. */
  item: string | null;
}

/** One extracted item (the extractor's ExtractedAttribution), as the GraphQL ExtractedAttribution type shows it. */
export type ExtractedItemRecord = ExtractedAttribution;

export interface DraftBundleRecord {
  document: DraftDocumentRecord;
  entities: DraftEntityRecord[];
  claims: DraftClaimRecord[];
  attributions: DraftAttributionRecord[];
  items: ExtractedAttribution[];
}

export interface DraftRecord {
  id: string;
  status: DraftStatus;
  text: string;
  bundle: DraftBundleRecord;
  createdAt: string;
  createdBy: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
  /** The document the accepted draft was ingested as. */
  documentId: string | null;
  rejectedAt: string | null;
  rejectedBy: string | null;
  rejectReason: string | null;
}

export type DraftConnectionRecord = Connection<DraftRecord>;

export interface AcceptDraftResultRecord {
  draft: DraftRecord;
  ingest: IngestResultRecord;
}

/** Machine-suggestion metadata of an accepted Claim or Attribution node. */
export interface SuggestionRecord {
  suggestedBy: string;
  confidence: number | null;
  draftId: string;
  acceptedBy: string;
  acceptedAt: string;
}

/** A Draft node's properties (the bundle is stored as a JSON string) to a record. */
export function toDraftRecord(row: Record<string, unknown>): DraftRecord {
  return {
    id: row.id as string,
    status: row.status as DraftStatus,
    text: row.text as string,
    bundle: JSON.parse(row.bundle as string) as DraftBundleRecord,
    createdAt: row.createdAt as string,
    createdBy: row.createdBy as string,
    acceptedAt: (row.acceptedAt as string | null) ?? null,
    acceptedBy: (row.acceptedBy as string | null) ?? null,
    documentId: (row.documentId as string | null) ?? null,
    rejectedAt: (row.rejectedAt as string | null) ?? null,
    rejectedBy: (row.rejectedBy as string | null) ?? null,
    rejectReason: (row.rejectReason as string | null) ?? null,
  };
}
