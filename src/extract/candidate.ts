import type { Stance } from '../attribution/attributionRecord';
import type { ExtractedMode } from './extractionTypes';
import type { Range } from './textStructure';

/**
 * An attribution as the rules find it, before speakers are resolved and ids assigned.
 *
 * Confidence scale (0..1), set by the rule that fired:
 *   0.95  direct quote with its cue and speaker next to it ("…," X said / X said, "…")
 *   0.85  indirect speech with a lexicon cue and an explicit speaker (X said that …; …, X said)
 *   0.80  "according to X"; a quote whose speaker is only a colon-introduced subject gets 0.6
 *   0.70  weak cues (believe, consider, noted) and the outer item of a nested attribution
 *   0.50  inferred relays ("a source familiar with the assessment" passing on that assessment)
 *   0.40  photo credits; 0.35 quotes with no cue, given to the previous speaker
 * Resolution lowers it: -0.15 when a pronoun or "the minister" finds no antecedent.
 */
export interface Candidate {
  content: Range;
  speaker: Range | null;
  cue: Range | null;
  mode: ExtractedMode;
  stance: Stance;
  /** The cue presupposes the content ("acknowledged", "confirmed"): the article asserts it too. */
  factive: boolean;
  confidence: number;
  rule: string;
  /** The candidate this one relays (nested attribution), set by linkNested. */
  via?: Candidate;
  /** For "according to an assessment from X": the noun ("assessment") a later "source familiar with the assessment" may relay. */
  sourceNoun?: string;
  /** When no speaker mention exists (a quote continuing the previous speaker): use that speaker. */
  inheritSpeaker?: boolean;
}

export function range(start: number, end: number): Range {
  return { start, end };
}

export function within(inner: Range, outer: Range): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}
