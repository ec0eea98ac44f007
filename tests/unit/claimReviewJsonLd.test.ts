import type { DocumentRecord } from '../../src/document/documentRecord';
import type { EntityRecord } from '../../src/entity/entityRecord';
import { agent, claimReviewJsonLd, type ClaimReviewSource } from '../../src/review/claimReviewJsonLd';
import type { ReviewRecord } from '../../src/review/reviewRecord';
import { claimReviewProblems, missingRecommended } from '../support/schemaOrgClaimReview';

/** The ClaimReview JSON-LD builder: the schema.org mapping, what is left out, and validity against the vocabulary. */

const entity = (id: string, fields: Partial<EntityRecord> = {}): EntityRecord => ({
  id, name: `Name of ${id}`, kind: 'ORGANIZATION', anonymous: false, description: null, aliases: [], wikidataId: null, ...fields,
});
const doc = (id: string, fields: Partial<DocumentRecord> = {}): DocumentRecord => ({
  id, title: `Title of ${id}`, url: null, kind: 'NEWS_ARTICLE', publishedAt: null, language: 'en', publisherId: null, ...fields,
});
const review = (id: string, fields: Partial<ReviewRecord> = {}): ReviewRecord => ({
  id, claimId: 'c1', reviewerId: 'checker', rating: 'False', ratingValue: null, bestRating: null, worstRating: null,
  reviewedAt: null, url: null, summary: null, ...fields,
});

const checker = entity('checker', { name: 'Fact Desk', wikidataId: 'Q42' });
const outlet = entity('outlet', { name: 'Daily Paper' });
const minister = entity('minister', { name: 'Jane Minister', kind: 'PERSON' });
const source = entity('source', { name: 'a source', kind: 'PERSON', anonymous: true, description: 'a source familiar with the assessment' });

function source_(over: Partial<ClaimReviewSource> = {}): ClaimReviewSource {
  return {
    claim: { id: 'c1', text: 'Country A sent drones to country B.' },
    reviews: [
      {
        review: review('r1', { rating: 'Mostly false', ratingValue: 2, bestRating: 5, worstRating: 1, reviewedAt: '2030-03-01T00:00:00.000Z', url: 'https://factdesk.example/r1', summary: 'Only a few were sent.' }),
        reviewer: checker,
      },
    ],
    originSpeakers: [minister, source],
    appearances: [
      { document: doc('late', { publishedAt: '2030-02-01T00:00:00.000Z', url: 'https://paper.example/late', publisherId: 'outlet' }), publisher: outlet },
      { document: doc('undated'), publisher: null },
      { document: doc('early', { publishedAt: '2030-01-15T00:00:00.000Z', url: 'https://paper.example/early', publisherId: 'outlet' }), publisher: outlet },
    ],
    firstStatedAt: '2030-01-14T10:00:00.000Z',
    ...over,
  };
}

describe('claimReviewJsonLd', () => {
  test('maps a review, its claim, origins and appearances to one complete ClaimReview', () => {
    const paper = { '@type': 'Organization', name: 'Daily Paper' };
    const early = { '@type': 'CreativeWork', headline: 'Title of early', url: 'https://paper.example/early', datePublished: '2030-01-15T00:00:00.000Z', publisher: paper };
    expect(claimReviewJsonLd(source_())).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        identifier: 'r1',
        url: 'https://factdesk.example/r1',
        claimReviewed: 'Country A sent drones to country B.',
        datePublished: '2030-03-01T00:00:00.000Z',
        author: { '@type': 'Organization', name: 'Fact Desk', sameAs: 'https://www.wikidata.org/wiki/Q42' },
        reviewRating: { '@type': 'Rating', alternateName: 'Mostly false', ratingValue: 2, bestRating: 5, worstRating: 1 },
        reviewBody: 'Only a few were sent.',
        itemReviewed: {
          '@type': 'Claim',
          author: [
            { '@type': 'Person', name: 'Jane Minister' },
            { '@type': 'Person', name: 'a source', description: 'a source familiar with the assessment' },
          ],
          // Earliest published first, undated last.
          appearance: [
            early,
            { '@type': 'CreativeWork', headline: 'Title of late', url: 'https://paper.example/late', datePublished: '2030-02-01T00:00:00.000Z', publisher: paper },
            { '@type': 'CreativeWork', headline: 'Title of undated' },
          ],
          firstAppearance: early,
          datePublished: '2030-01-14T10:00:00.000Z',
        },
      },
    ]);
  });

  test('one ClaimReview per review, in the order given (newest first), each a full JSON-LD document', () => {
    const out = claimReviewJsonLd(source_({
      reviews: [
        { review: review('new', { reviewedAt: '2030-04-01T00:00:00.000Z', url: 'https://a.example/new' }), reviewer: checker },
        { review: review('old', { reviewedAt: '2030-01-01T00:00:00.000Z', url: 'https://a.example/old' }), reviewer: minister },
      ],
    }));
    expect(out.map((r) => [r.identifier, r['@context'], r['@type'], r.author?.['@type']])).toEqual([
      ['new', 'https://schema.org', 'ClaimReview', 'Organization'],
      ['old', 'https://schema.org', 'ClaimReview', 'Person'],
    ]);
  });

  test('a claim without reviews gives an empty list', () => {
    expect(claimReviewJsonLd(source_({ reviews: [] }))).toEqual([]);
  });

  test('unknown values are left out, never null: no url, date, numbers, summary, reviewer, dated document or statement time', () => {
    const [out] = claimReviewJsonLd(source_({
      reviews: [{ review: review('bare', { rating: 'Unproven' }), reviewer: null }],
      originSpeakers: [],
      appearances: [{ document: doc('undated'), publisher: null }],
      firstStatedAt: null,
    }));
    expect(out).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      identifier: 'bare',
      claimReviewed: 'Country A sent drones to country B.',
      reviewRating: { '@type': 'Rating', alternateName: 'Unproven' },
      itemReviewed: { '@type': 'Claim', author: [], appearance: [{ '@type': 'CreativeWork', headline: 'Title of undated' }] },
    });
    expect(JSON.stringify(out)).not.toContain('null');
  });

  test('a rating of 0 is kept (only null and undefined are left out)', () => {
    const [out] = claimReviewJsonLd(source_({ reviews: [{ review: review('zero', { ratingValue: 0, worstRating: 0, bestRating: 4 }), reviewer: checker }] }));
    expect(out.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'False', ratingValue: 0, bestRating: 4, worstRating: 0 });
  });
});

describe('agent: schema.org type by entity kind', () => {
  test.each([
    ['PERSON', 'Person'],
    ['ORGANIZATION', 'Organization'],
    ['COUNTRY', 'Organization'],
    ['GROUP', 'Organization'],
    ['OTHER', 'Organization'],
  ] as const)('%s is a %s', (kind, type) => {
    expect(agent(entity('x', { kind }))).toEqual({ '@type': type, name: 'Name of x' });
  });
});

describe('validity against the schema.org vocabulary and Google ClaimReview guidelines', () => {
  test('a complete export meets every required property, uses only schema.org properties with the expected types', () => {
    const [out] = claimReviewJsonLd(source_());
    expect(claimReviewProblems(out)).toEqual([]);
    // Google's required properties, named one by one.
    expect(out.claimReviewed).toEqual(expect.any(String));
    expect(out.url).toMatch(/^https?:\/\//);
    expect(out.reviewRating.alternateName).toBe('Mostly false');
    expect(out.author?.name).toBe('Fact Desk');
    // ... and every recommended property that the data allows.
    expect(missingRecommended(out as unknown as Record<string, unknown>, 'ClaimReview')).toEqual([]);
    expect(missingRecommended(out.itemReviewed as unknown as Record<string, unknown>, 'Claim')).toEqual([]);
    expect(missingRecommended(out.reviewRating as unknown as Record<string, unknown>, 'Rating')).toEqual(['name']);
  });

  test('the checker itself catches what Google or schema.org would reject', () => {
    const [out] = claimReviewJsonLd(source_());
    const { claimReviewed: _omit, ...noClaim } = out;
    expect(claimReviewProblems(noClaim)).toEqual(['$: ClaimReview lacks claimReviewed, which Google requires']);
    expect(claimReviewProblems({ ...out, reviewRating: { '@type': 'Rating', ratingValue: 9, bestRating: 5 } })).toEqual([
      '$.reviewRating: Rating lacks alternateName, which Google requires',
      '$.reviewRating.ratingValue: above bestRating',
    ]);
    expect(claimReviewProblems({ ...out, author: { '@type': 'Claim', name: 'x' } })[0]).toMatch(/^\$\.author: expected Organization or Person/);
    expect(claimReviewProblems({ ...out, verdict: 'x' })).toEqual(['$.verdict: not a schema.org property of ClaimReview']);
    expect(claimReviewProblems({ ...out, url: 'ftp://x' })).toEqual(['$.url: expected URL, got "ftp://x"']);
  });

  test('a review without a url lacks a property Google requires; the checker says so', () => {
    const [out] = claimReviewJsonLd(source_({ reviews: [{ review: review('no-url'), reviewer: checker }] }));
    expect(claimReviewProblems(out)).toEqual(['$: ClaimReview lacks url, which Google requires']);
  });
});
