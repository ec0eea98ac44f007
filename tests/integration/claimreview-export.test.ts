import { claimReviewProblems, missingRecommended } from '../support/schemaOrgClaimReview';
import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/**
 * GET /claims/:id/claimreview.jsonld: schema.org ClaimReview JSON-LD, one per review, built from the
 * graph (origins as the claim's authors, recording documents as its appearances), checked against the
 * schema.org vocabulary and Google's required properties (tests/support/schemaOrgClaimReview.ts).
 */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

type Json = Record<string, any>;

/**
 * Claim X, said through two chains: an anonymous source relaying an unnamed monitoring country (in
 * article A), and an official relaying a minister's direct quote (in article B, repeated in caption C).
 * Its origins are the country and the minister. Claim Y is said but never reviewed. Two reviews of X.
 */
function story(p: string): { input: Json; x: string; y: string } {
  const x = `${p}-claim.x:1`; // ids may hold "." and ":"; the route must take them as they are
  const y = `${p}-claim-y`;
  const e = (id: string) => `${p}-${id}`;
  return {
    x,
    y,
    input: {
      document: { id: e('a'), title: `Article A ${p}`, kind: 'NEWS_ARTICLE', url: `https://first.example/${p}/a`, publishedAt: '2030-02-01T08:00:00Z', publisher: e('outlet1') },
      documents: [
        { id: e('b'), title: `Article B ${p}`, kind: 'NEWS_ARTICLE', url: `https://second.example/${p}/b`, publishedAt: '2030-01-15T00:00:00Z', publisher: e('outlet2') },
        { id: e('c'), title: `Caption C ${p}`, kind: 'PHOTO_CAPTION' },
      ],
      entities: [
        { id: e('outlet1'), name: `First Outlet ${p}`, kind: 'ORGANIZATION' },
        { id: e('outlet2'), name: `Second Outlet ${p}`, kind: 'ORGANIZATION' },
        { id: e('monitor'), name: `Monitoring country ${p}`, kind: 'COUNTRY', anonymous: true, description: 'a country that monitors the program' },
        { id: e('source'), name: `Source ${p}`, kind: 'PERSON', anonymous: true, description: 'a source familiar with the assessment' },
        { id: e('minister'), name: `Minister ${p}`, kind: 'PERSON' },
        { id: e('official'), name: `Official ${p}`, kind: 'PERSON' },
        { id: e('desk'), name: `Fact Desk ${p}`, kind: 'ORGANIZATION' },
        { id: e('checker'), name: `Checker ${p}`, kind: 'PERSON' },
      ],
      claims: [
        { id: x, text: `Country A sent drones to country B (${p}).` },
        { id: y, text: `Nobody reviewed this (${p}).` },
      ],
      attributions: [
        { id: e('a0'), claim: x, speaker: e('monitor'), mode: 'REPORTED', stance: 'ASSERTS', cue: 'assessed' },
        { id: e('a1'), claim: x, speaker: e('source'), mode: 'PARAPHRASE', stance: 'ASSERTS', cue: 'said', via: e('a0') },
        { id: e('a2'), claim: x, speaker: e('minister'), document: e('b'), mode: 'DIRECT_QUOTE', stance: 'ASSERTS', cue: 'said', quote: 'We sent them.', statedAt: '2030-01-14T10:00:00Z' },
        { id: e('a3'), claim: x, speaker: e('official'), document: e('c'), mode: 'PARAPHRASE', stance: 'ASSERTS', cue: 'repeated', via: e('a2') },
        { id: e('y1'), claim: y, speaker: e('minister'), mode: 'PARAPHRASE', stance: 'ASSERTS' },
      ],
      reviews: [
        { id: e('r1'), claim: x, reviewer: e('desk'), rating: 'Mostly false', ratingValue: 2, bestRating: 5, worstRating: 1,
          reviewedAt: '2030-03-01T00:00:00Z', url: `https://factdesk.example/${p}/r1`, summary: 'A few were sent, not hundreds.' },
        { id: e('r2'), claim: x, reviewer: e('checker'), rating: 'False', reviewedAt: '2030-03-05T00:00:00Z', url: `https://checker.example/${p}/r2` },
      ],
    },
  };
}

async function ingest(input: Json): Promise<void> {
  await server.query(`mutation($input: DocumentBundleInput!) { ingestDocument(input: $input) { reviews { created } } }`, { input });
}

const exportOf = (id: string) => fetch(`${server.url}/claims/${encodeURIComponent(id)}/claimreview.jsonld`);
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

test('one ClaimReview per review, newest first, with the claim, its origins, appearances and the verdict', async () => {
  const p = uniqueId('jsonld');
  const { input, x } = story(p);
  await ingest(input);

  const res = await exportOf(x);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
  const body = (await res.json()) as Json[];
  expect(body).toHaveLength(2);

  const articleB = { '@type': 'CreativeWork', headline: `Article B ${p}`, url: `https://second.example/${p}/b`, datePublished: '2030-01-15T00:00:00.000Z',
    publisher: { '@type': 'Organization', name: `Second Outlet ${p}` } };
  const itemReviewed = {
    '@type': 'Claim',
    author: [
      { '@type': 'Person', name: `Minister ${p}` },
      { '@type': 'Organization', name: `Monitoring country ${p}`, description: 'a country that monitors the program' },
    ],
    appearance: [
      articleB,
      { '@type': 'CreativeWork', headline: `Article A ${p}`, url: `https://first.example/${p}/a`, datePublished: '2030-02-01T08:00:00.000Z',
        publisher: { '@type': 'Organization', name: `First Outlet ${p}` } },
      { '@type': 'CreativeWork', headline: `Caption C ${p}` },
    ],
    firstAppearance: articleB,
    // The minister's statement of 2030-01-14 is the earliest.
    datePublished: '2030-01-14T10:00:00.000Z',
  };
  const sorted = body.map((r) => ({ ...r, itemReviewed: { ...r.itemReviewed, author: [...r.itemReviewed.author].sort(byName) } }));
  expect(sorted).toEqual([
    {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      identifier: `${p}-r2`,
      url: `https://checker.example/${p}/r2`,
      claimReviewed: `Country A sent drones to country B (${p}).`,
      datePublished: '2030-03-05T00:00:00.000Z',
      author: { '@type': 'Person', name: `Checker ${p}` },
      reviewRating: { '@type': 'Rating', alternateName: 'False' },
      itemReviewed,
    },
    {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      identifier: `${p}-r1`,
      url: `https://factdesk.example/${p}/r1`,
      claimReviewed: `Country A sent drones to country B (${p}).`,
      datePublished: '2030-03-01T00:00:00.000Z',
      author: { '@type': 'Organization', name: `Fact Desk ${p}` },
      reviewRating: { '@type': 'Rating', alternateName: 'Mostly false', ratingValue: 2, bestRating: 5, worstRating: 1 },
      reviewBody: 'A few were sent, not hundreds.',
      itemReviewed,
    },
  ]);
});

test('every ClaimReview meets Google\'s required properties and uses schema.org properties with their expected types', async () => {
  const p = uniqueId('jsonld-valid');
  const { input, x } = story(p);
  await ingest(input);
  const body = (await (await exportOf(x)).json()) as Json[];
  for (const review of body) {
    expect(claimReviewProblems(review)).toEqual([]);
    // Google: claimReviewed, reviewRating (with alternateName), url; and the reviewer as author.
    expect(review.claimReviewed).toBe(`Country A sent drones to country B (${p}).`);
    expect(review.reviewRating.alternateName).toEqual(expect.any(String));
    expect(review.url).toMatch(/^https:\/\//);
    expect(review.author.name).toEqual(expect.any(String));
    expect(missingRecommended(review, 'ClaimReview')).toEqual([]);
    expect(missingRecommended(review.itemReviewed, 'Claim')).toEqual([]);
  }
});

test('the claim authors are the same origins the GraphQL API reports', async () => {
  const p = uniqueId('jsonld-origins');
  const { input, x } = story(p);
  await ingest(input);
  const data = await server.query(`query($id: ID!) { claim(id: $id) { origins { speaker { name } } } }`, { id: x });
  const graphqlNames = data.claim.origins.map((o: Json) => o.speaker.name).sort();
  const [first] = (await (await exportOf(x)).json()) as Json[];
  expect(first.itemReviewed.author.map((a: Json) => a.name).sort()).toEqual(graphqlNames);
  expect(graphqlNames).toEqual([`Minister ${p}`, `Monitoring country ${p}`]);
});

test('a claim without reviews gives an empty list', async () => {
  const p = uniqueId('jsonld-empty');
  const { input, y } = story(p);
  await ingest(input);
  const res = await exportOf(y);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
  expect(await res.json()).toEqual([]);
});

test('an unknown claim id is a 404 with a JSON error', async () => {
  const missing = uniqueId('no-such-claim');
  const res = await exportOf(missing);
  expect(res.status).toBe(404);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: `No claim with id "${missing}"` } });
});

test('a review added later with addReview appears in the export', async () => {
  const p = uniqueId('jsonld-add');
  const { input, y } = story(p);
  await ingest(input);
  await server.query(`mutation($input: ReviewInput!) { addReview(input: $input) { id } }`, {
    input: { id: `${p}-r3`, claim: y, reviewer: `${p}-desk`, rating: 'Unproven', url: `https://factdesk.example/${p}/r3` },
  });
  const body = (await (await exportOf(y)).json()) as Json[];
  expect(body.map((r) => [r.identifier, r.reviewRating.alternateName, r.author.name])).toEqual([[`${p}-r3`, 'Unproven', `Fact Desk ${p}`]]);
  expect(claimReviewProblems(body[0])).toEqual([]);
});
