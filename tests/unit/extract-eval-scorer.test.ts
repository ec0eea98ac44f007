import type { GoldAttribution, PredictedAttribution } from '../../src/extract/eval/goldTypes';
import { addCounts, matchAttributions, metrics, scoreDocument, ZERO_COUNTS } from '../../src/extract/eval/scorer';
import { goldTokenOverlap, normaliseName } from '../../src/extract/eval/tokens';
import type { Span } from '../../src/extract/extractionTypes';

// Expected numbers below are computed by hand from the tiny documents in each test.
const TEXT =
  '"We will win," Mayor Ana Ruiz said. Officials said the budget was late. He said the roads were fine. ' +
  'The Post reported that aides said the deal was off.';

function span(needle: string, text = TEXT): Span {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`not in text: ${needle}`);
  return { text: needle, start, end: start + needle.length };
}

function gold(id: string, content: string, speaker: string | null, canonical: string | null, extra: Partial<GoldAttribution> = {}): GoldAttribution {
  return {
    id, content: span(content), speaker: speaker === null ? null : span(speaker), speakerCanonical: canonical,
    cue: null, mode: 'INDIRECT', anonymous: false, stance: 'ASSERTS', via: null, ...extra,
  };
}

const pred = gold as (id: string, content: string, speaker: string | null, canonical: string | null, extra?: Partial<PredictedAttribution>) => PredictedAttribution;

const GOLD: GoldAttribution[] = [
  gold('g1', 'We will win', 'Mayor Ana Ruiz', 'Ana Ruiz', { mode: 'DIRECT' }),
  gold('g2', 'the budget was late', 'Officials', 'officials', { anonymous: true }),
  gold('g3', 'the roads were fine', 'He', 'Ana Ruiz'),
  gold('g4', 'the deal was off', 'aides', 'aides', { anonymous: true }),
  gold('g5', 'aides said the deal was off', 'The Post', 'The Post', { via: 'g4' }),
];

const PREDICTED: PredictedAttribution[] = [
  pred('x1', 'We will win', 'Ana Ruiz', 'ana  RUIZ.', { mode: 'DIRECT' }), // canonical equal after normalisation
  pred('x2', 'the budget was late', 'Officials', 'city officials', { anonymous: true }), // anonymous + spans overlap
  pred('x3', 'roads were fine', 'He', 'Bob', { mode: 'DIRECT' }), // 3 of 4 gold tokens; wrong speaker and mode
  pred('x4', 'the deal was off', 'aides', 'aides', { anonymous: false }), // misses the anonymous flag
  pred('x5', 'aides said the deal was off', 'The Post', 'Post', { via: 'x4' }),
  pred('x6', 'Officials said', 'Officials', null, { anonymous: true }), // matches nothing: a false positive
];

test('overlap is the share of GOLD tokens the prediction covers, a partly covered token counting', () => {
  const g = span('the plan is dead', 'x the plan is dead y');
  const text = 'x the plan is dead y';
  expect(goldTokenOverlap(g, span('plan is', text))).toBe(0.5);
  expect(goldTokenOverlap(g, span('lan is', text))).toBe(0.5); // "plan" touched mid-word still counts
  expect(goldTokenOverlap(g, span('dead y', text))).toBe(0.25);
  expect(goldTokenOverlap(g, span('x the plan is dead y', text))).toBe(1);
  expect(goldTokenOverlap(g, span('x', text))).toBe(0);
});

test('names are compared without case, accents, punctuation or a leading "the"', () => {
  expect(normaliseName('Zoë  O\u2019Neil.')).toBe('zoe oneil');
  expect(normaliseName('The Post')).toBe(normaliseName('post'));
  expect(normaliseName(null)).toBe('');
  expect(normaliseName('Ana Ruiz')).not.toBe(normaliseName('Ana Ruis'));
});

test('matching is one-to-one and greedy by overlap: the inner item takes the prediction, the outer goes unmatched', () => {
  const g = [GOLD[3], GOLD[4]]; // "the deal was off" and "aides said the deal was off"
  const p = [pred('x1', 'the deal was off', null, null)];
  const m = matchAttributions(g, p);
  expect(m.map((x) => [x.gold.id, x.predicted.id, x.overlap])).toEqual([['g4', 'x1', 1]]);
  const { counts } = scoreDocument(g, p);
  const r = metrics(counts);
  expect([r.precision, r.recall]).toEqual([1, 0.5]);
  expect(r.f1).toBeCloseTo(2 / 3, 10);
});

test('below half of the gold tokens is no match', () => {
  const { counts } = scoreDocument([GOLD[1]], [pred('x1', 'late. He', null, null)]); // 1 of 4 tokens
  expect(counts.matched).toBe(0);
  expect(metrics(counts).f1).toBe(0);
});

test('a whole document: detection, speaker, mode, anonymous and nested numbers', () => {
  const { counts, matches } = scoreDocument(GOLD, PREDICTED);
  expect(matches.map((m) => `${m.gold.id}=${m.predicted.id}`)).toEqual(['g1=x1', 'g2=x2', 'g3=x3', 'g4=x4', 'g5=x5']);
  expect(counts).toEqual({
    gold: 5, predicted: 6, matched: 5, speakerCorrect: 4, directMatched: 1, directSpeakerCorrect: 1,
    modeCorrect: 4, anonTp: 1, anonFp: 0, anonFn: 1, nestedGold: 1, nestedFound: 1,
  });
  const r = metrics(counts);
  expect(r.precision).toBeCloseTo(5 / 6, 10);
  expect(r.recall).toBe(1);
  expect(r.f1).toBeCloseTo(10 / 11, 10);
  expect(r.speakerAccuracy).toBe(0.8);
  expect(r.directSpeakerAccuracy).toBe(1);
  expect(r.modeAccuracy).toBe(0.8);
  expect(r.anonymousF1).toBeCloseTo(2 / 3, 10);
  expect(r.nestedRecall).toBe(1);
});

test('nested recall needs the outer match to point at the prediction matched to the inner gold item', () => {
  const wrongVia = PREDICTED.map((p) => (p.id === 'x5' ? { ...p, via: 'x2' } : p));
  expect(scoreDocument(GOLD, wrongVia).counts.nestedFound).toBe(0);
  // Without x4, x5 covers g4 and g5 fully; the tie goes to g5 (speaker correct), so g4 has no match.
  const noInner = PREDICTED.filter((p) => p.id !== 'x4');
  const { counts } = scoreDocument(GOLD, noInner);
  expect(counts.nestedGold).toBe(1);
  expect(counts.nestedFound).toBe(0);
});

test('anonymous speakers with different canonicals are wrong when their mentions do not overlap', () => {
  const p = pred('x1', 'the budget was late', 'aides', 'city officials', { anonymous: true });
  const { counts } = scoreDocument([GOLD[1]], [p]);
  expect([counts.matched, counts.speakerCorrect, counts.anonTp]).toEqual([1, 0, 1]);
});

test('the micro average sums counts, so a big document weighs more than a small one', () => {
  const a = scoreDocument(GOLD, PREDICTED).counts; // 5 gold, 6 predicted, 5 matched
  const b = scoreDocument([GOLD[0], GOLD[1]], []).counts; // 2 gold, nothing predicted
  const total = addCounts(addCounts(ZERO_COUNTS, a), b);
  expect([total.gold, total.predicted, total.matched]).toEqual([7, 6, 5]);
  const r = metrics(total);
  expect(r.precision).toBeCloseTo(5 / 6, 10);
  expect(r.recall).toBeCloseTo(5 / 7, 10);
  expect(r.f1).toBeCloseTo(10 / 13, 10);
});

test('metrics with nothing to measure are null, not 0 or 1', () => {
  const r = metrics(scoreDocument([], []).counts);
  expect(r).toEqual({
    precision: null, recall: null, f1: null, speakerAccuracy: null, directSpeakerAccuracy: null,
    modeAccuracy: null, anonymousF1: null, nestedRecall: null,
  });
});
