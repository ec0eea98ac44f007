import type { GoldAttribution, PredictedAttribution } from './goldTypes';
import { goldTokenOverlap, normaliseName, spansOverlap } from './tokens';

/**
 * The issue-7 scorer. Pure: gold + predictions in, counts out. Counts (not ratios) are kept so a
 * micro average is just the sum of the documents' counts.
 */
export const MATCH_THRESHOLD = 0.5;

export interface Match {
  gold: GoldAttribution;
  predicted: PredictedAttribution;
  overlap: number;
}

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  speakerCorrect: number;
  directMatched: number;
  directSpeakerCorrect: number;
  modeCorrect: number;
  anonTp: number;
  anonFp: number;
  anonFn: number;
  nestedGold: number;
  nestedFound: number;
}

export const ZERO_COUNTS: Counts = {
  gold: 0, predicted: 0, matched: 0, speakerCorrect: 0, directMatched: 0, directSpeakerCorrect: 0,
  modeCorrect: 0, anonTp: 0, anonFp: 0, anonFn: 0, nestedGold: 0, nestedFound: 0,
};

/**
 * Speaker-correct: the canonical names agree after normaliseName, or both sides are anonymous and
 * the predicted speaker mention overlaps the gold one (anonymous canonicals are free text such as
 * "officials" vs "US officials", so the mention is what can be compared).
 */
export function speakerCorrect(gold: GoldAttribution, predicted: PredictedAttribution): boolean {
  if (normaliseName(gold.speakerCanonical) === normaliseName(predicted.speakerCanonical)) return true;
  return gold.anonymous && predicted.anonymous && spansOverlap(gold.speaker, predicted.speaker);
}

/**
 * One-to-one greedy matching: every pair sharing >= 50 % of the gold tokens, highest overlap first.
 * Ties (for example the two items of "X, citing Y, said Z", which share their content) go to the
 * pair whose speaker is correct, then by document order, so the result is deterministic.
 */
export function matchAttributions(gold: GoldAttribution[], predicted: PredictedAttribution[]): Match[] {
  const pairs: Array<Match & { gi: number; pi: number; speakerOk: boolean }> = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const overlap = goldTokenOverlap(g.content, p.content);
      if (overlap >= MATCH_THRESHOLD) pairs.push({ gold: g, predicted: p, overlap, gi, pi, speakerOk: speakerCorrect(g, p) });
    });
  });
  pairs.sort((a, b) => b.overlap - a.overlap || Number(b.speakerOk) - Number(a.speakerOk) || a.gi - b.gi || a.pi - b.pi);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const matches: Match[] = [];
  for (const pair of pairs) {
    if (usedGold.has(pair.gi) || usedPred.has(pair.pi)) continue;
    usedGold.add(pair.gi);
    usedPred.add(pair.pi);
    matches.push({ gold: pair.gold, predicted: pair.predicted, overlap: pair.overlap });
  }
  return matches.sort((a, b) => gold.indexOf(a.gold) - gold.indexOf(b.gold));
}

/** Count everything the report needs for one document. */
export function scoreDocument(gold: GoldAttribution[], predicted: PredictedAttribution[]): { counts: Counts; matches: Match[] } {
  const matches = matchAttributions(gold, predicted);
  const c: Counts = { ...ZERO_COUNTS, gold: gold.length, predicted: predicted.length, matched: matches.length };
  const predFor = new Map<string, PredictedAttribution>();
  for (const m of matches) predFor.set(m.gold.id, m.predicted);
  for (const m of matches) {
    const ok = speakerCorrect(m.gold, m.predicted);
    if (ok) c.speakerCorrect++;
    if (m.gold.mode === 'DIRECT') {
      c.directMatched++;
      if (ok) c.directSpeakerCorrect++;
    }
    if (m.gold.mode === m.predicted.mode) c.modeCorrect++;
    if (m.gold.anonymous && m.predicted.anonymous) c.anonTp++;
    else if (!m.gold.anonymous && m.predicted.anonymous) c.anonFp++;
    else if (m.gold.anonymous && !m.predicted.anonymous) c.anonFn++;
  }
  // Nested: the gold outer item's match must point (via) at the prediction matched to the gold inner item.
  for (const g of gold) {
    if (g.via === null) continue;
    c.nestedGold++;
    const p = predFor.get(g.id);
    const innerPred = predFor.get(g.via);
    if (p && innerPred && p.via !== null && p.via === innerPred.id) c.nestedFound++;
  }
  return { counts: c, matches };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = { ...a };
  for (const k of Object.keys(out) as Array<keyof Counts>) out[k] = a[k] + b[k];
  return out;
}

/** null when the denominator is 0 (nothing to measure), so "n/a" is never mistaken for 0 or 1. */
function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

function f1(tp: number, fp: number, fn: number): number | null {
  return 2 * tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn);
}

export interface Metrics {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  speakerAccuracy: number | null;
  directSpeakerAccuracy: number | null;
  modeAccuracy: number | null;
  anonymousF1: number | null;
  nestedRecall: number | null;
}

export function metrics(c: Counts): Metrics {
  const precision = ratio(c.matched, c.predicted);
  const recall = ratio(c.matched, c.gold);
  return {
    precision,
    recall,
    f1: f1(c.matched, c.predicted - c.matched, c.gold - c.matched),
    speakerAccuracy: ratio(c.speakerCorrect, c.matched),
    directSpeakerAccuracy: ratio(c.directSpeakerCorrect, c.directMatched),
    modeAccuracy: ratio(c.modeCorrect, c.matched),
    anonymousF1: f1(c.anonTp, c.anonFp, c.anonFn),
    nestedRecall: ratio(c.nestedFound, c.nestedGold),
  };
}
