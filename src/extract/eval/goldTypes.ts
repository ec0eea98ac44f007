import type { Stance } from '../../attribution/attributionRecord';
import type { ExtractedAttribution, ExtractedMode, Span } from '../extractionTypes';

/**
 * The evaluation set's gold format (EXTRACTION.md, "Annotation guidelines"): the same shape as
 * ExtractedAttribution without `confidence`, so the scorer compares like with like.
 */
export type GoldAttribution = Omit<ExtractedAttribution, 'confidence' | 'speakerEntityId'>;

export interface GoldDocumentInfo {
  title: string;
  [key: string]: unknown;
}

/** One NAME.gold.json file. */
export interface GoldFile {
  document: GoldDocumentInfo;
  attributions: GoldAttribution[];
}

/** A gold file together with its text, as the scorer and the CLI use it. */
export interface GoldDocument {
  name: string;
  split: string;
  text: string;
  gold: GoldFile;
}

/** Anything the scorer can compare against gold: extractor output or another gold item. */
export type PredictedAttribution = Omit<GoldAttribution, 'speakerCanonical'> & {
  speakerCanonical: string | null;
  confidence?: number;
};

export const MODES: readonly ExtractedMode[] = ['DIRECT', 'INDIRECT', 'MIXED'];
export const GOLD_STANCES: readonly Stance[] = ['ASSERTS', 'ACKNOWLEDGES', 'DENIES', 'QUESTIONS'];
export type { Span, ExtractedMode, Stance };
