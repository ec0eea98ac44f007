import type { Connection } from '../shared/connection';

export type AttributionMode = 'DIRECT_QUOTE' | 'PARAPHRASE' | 'REPORTED';
export type Stance = 'ASSERTS' | 'ACKNOWLEDGES' | 'DENIES' | 'QUESTIONS';
export const ATTRIBUTION_MODES: readonly AttributionMode[] = ['DIRECT_QUOTE', 'PARAPHRASE', 'REPORTED'];
export const STANCES: readonly Stance[] = ['ASSERTS', 'ACKNOWLEDGES', 'DENIES', 'QUESTIONS'];

/**
 * An attribution with the ids of what it points at; the API resolves those ids through the
 * per-request loaders, so a list of attributions costs one query per related kind, not one per row.
 */
export interface AttributionRecord {
  id: string;
  claimId: string;
  speakerId: string;
  documentId: string;
  viaId: string | null;
  basisId: string | null;
  mode: AttributionMode;
  stance: Stance;
  cue: string | null;
  quote: string | null;
  statedAt: string | null;
  firstReport: boolean;
}

export type AttributionConnectionRecord = Connection<AttributionRecord>;

/** Rows come from the `attr` projection the attribution queries share (see cypher/attributions-by-ids.cypher). */
export function toAttributionRecord(row: Record<string, unknown>): AttributionRecord {
  return {
    id: row.id as string,
    claimId: row.claimId as string,
    speakerId: row.speakerId as string,
    documentId: row.documentId as string,
    viaId: (row.viaId as string | null) ?? null,
    basisId: (row.basisId as string | null) ?? null,
    mode: row.mode as AttributionMode,
    stance: row.stance as Stance,
    cue: (row.cue as string | null) ?? null,
    quote: (row.quote as string | null) ?? null,
    statedAt: (row.statedAt as string | null) ?? null,
    firstReport: Boolean(row.firstReport),
  };
}
