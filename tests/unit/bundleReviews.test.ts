import { parseBundle, type Bundle } from '../../src/ingest/bundle';
import { checkBundleRules, externalReferences, references } from '../../src/ingest/bundleRules';
import type { LookupResult } from '../../src/ingest/ingestRepository';
import { planWrites } from '../../src/ingest/ingestService';
import { BadUserInputError } from '../../src/shared/errors';

/** A bundle's `reviews`: parsed, referenced (claim -> Claim, reviewer -> Entity), checked, planned and counted. */

const NOW = new Date('2024-01-02T03:04:05.000Z');

function bundle(reviews: unknown[], extra: Record<string, unknown> = {}): Bundle {
  return parseBundle({ document: { id: 'doc-1', title: 'T', kind: 'NEWS_ARTICLE' }, reviews, ...extra });
}

function lookup(f: Partial<LookupResult> = {}): LookupResult {
  return { entities: [], redirects: [], documents: [], claims: [], attributions: [], nameMatches: [], wikidataMatches: [], viaChains: [], relations: [], reviews: [], ...f };
}

const review = (id: string, more: Record<string, unknown> = {}) => ({ id, claim: 'c1', reviewer: 'desk', rating: 'False', ...more });

test('reviews default to an empty list', () => {
  expect(parseBundle({ document: { id: 'doc-1', title: 'T', kind: 'NEWS_ARTICLE' } }).reviews).toEqual([]);
  expect(bundle(null as unknown as unknown[]).reviews).toEqual([]);
});

test('a review refers to a claim and a reviewer entity; those outside the bundle are external', () => {
  const b = bundle([review('r1'), review('r2', { claim: 'c9', reviewer: 'e1' })], {
    entities: [{ id: 'e1', name: 'E', kind: 'ORGANIZATION' }],
    claims: [{ id: 'c1', text: 'x' }],
  });
  expect(references(b).filter((r) => r.path.startsWith('reviews'))).toEqual([
    { path: 'reviews[0].claim', kind: 'Claim', id: 'c1' },
    { path: 'reviews[0].reviewer', kind: 'Entity', id: 'desk' },
    { path: 'reviews[1].claim', kind: 'Claim', id: 'c9' },
    { path: 'reviews[1].reviewer', kind: 'Entity', id: 'e1' },
  ]);
  expect(externalReferences(b).map((r) => r.path)).toEqual(['reviews[0].reviewer', 'reviews[1].claim']);
});

test('rules: duplicate review ids and a rating outside its scale', () => {
  const b = bundle([review('r1'), review('r1', { ratingValue: 9, bestRating: 5 })]);
  expect(checkBundleRules(b)).toEqual([
    { path: 'reviews[1].id', id: 'r1', message: 'duplicate id "r1" (also at reviews[0])' },
    { path: 'reviews[1].ratingValue', id: 'r1', message: 'must be at most bestRating (5); got 9' },
  ]);
});

test('the plan writes each review with its reviewer resolved, and counts reviews already in the graph', () => {
  const b = bundle([review('r1', { reviewer: 'desk-alias', reviewedAt: '2030-01-01' }), review('r2', { claim: 'c2' })]);
  const { write, result } = planWrites(
    b,
    lookup({ entities: ['desk'], claims: ['c1', 'c2'], redirects: [{ id: 'desk-alias', target: 'desk' }], reviews: ['r2'] }),
    NOW,
  );
  expect(write.reviews).toEqual([
    { id: 'r1', claim: 'c1', reviewer: 'desk', rating: 'False', ratingValue: null, bestRating: null, worstRating: null, reviewedAt: '2030-01-01T00:00:00.000Z', url: null, summary: null },
    { id: 'r2', claim: 'c2', reviewer: 'desk', rating: 'False', ratingValue: null, bestRating: null, worstRating: null, reviewedAt: null, url: null, summary: null },
  ]);
  expect(result.reviews).toEqual({ created: 1, matched: 1 });
});

test('unknown claim and reviewer ids are problems with their paths', () => {
  try {
    planWrites(bundle([review('r1', { claim: 'nope', reviewer: 'nobody' })]), lookup(), NOW);
    throw new Error('expected planWrites to reject the bundle');
  } catch (e) {
    expect(e).toBeInstanceOf(BadUserInputError);
    expect((e as BadUserInputError).problems.map((p) => [p.path, p.id])).toEqual([['reviews[0].claim', 'nope'], ['reviews[0].reviewer', 'nobody']]);
  }
});
