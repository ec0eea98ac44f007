import { graphCounts } from '../support/graphCounts';
import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/**
 * Fact-check verdicts through the public API: `reviews` in bundles (counts, idempotent replay,
 * validation), `addReview` (one transaction, same validation), and Claim.reviews newest first.
 * Bad input is BAD_USER_INPUT with the field path and id, and writes nothing.
 */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const INGEST = `mutation Ingest($input: DocumentBundleInput!) {
  ingestDocument(input: $input) { claims { created matched } reviews { created matched } }
}`;
const REVIEW_FIELDS = `id claim { id } reviewer { id name } rating ratingValue bestRating worstRating reviewedAt url summary`;
const ADD = `mutation Add($input: ReviewInput!) { addReview(input: $input) { ${REVIEW_FIELDS} } }`;
const REVIEWS = `query Reviews($id: ID!) { claim(id: $id) { reviews { ${REVIEW_FIELDS} } } }`;

type Json = Record<string, any>;

/** A bundle with two claims, a fact-checking organisation and a person, and (by default) two reviews. */
function bundle(p: string, reviews?: Json[]): Json {
  return {
    document: { id: `${p}-doc`, title: `Reviews ${p}`, kind: 'NEWS_ARTICLE', publishedAt: '2030-01-01T00:00:00Z' },
    entities: [
      { id: `${p}-desk`, name: `Fact Desk ${p}`, kind: 'ORGANIZATION' },
      { id: `${p}-checker`, name: `Checker ${p}`, kind: 'PERSON' },
    ],
    claims: [
      { id: `${p}-c1`, text: `Claim one ${p}.` },
      { id: `${p}-c2`, text: `Claim two ${p}.` },
    ],
    reviews: reviews ?? [
      { id: `${p}-r-old`, claim: `${p}-c1`, reviewer: `${p}-desk`, rating: 'Mostly false', ratingValue: 2, bestRating: 5, worstRating: 1,
        reviewedAt: '2030-02-01T09:00:00+02:00', url: `https://factdesk.example/${p}/old`, summary: 'A few drones, not hundreds.' },
      { id: `${p}-r-new`, claim: `${p}-c1`, reviewer: `${p}-checker`, rating: 'False', reviewedAt: '2030-03-01' },
    ],
  };
}

const reviewsOf = async (claimId: string) => (await server.query(REVIEWS, { id: claimId })).claim.reviews;

/** Every Review node with these ids, its properties and links, for comparing the graph before and after. */
async function reviewGraph(ids: string[]) {
  return server.cypher(
    `MATCH (r:Review) WHERE r.id IN $ids
     RETURN r.id AS id, properties(r) AS props,
            [(r)-[:REVIEWS]->(c) | c.id] AS claims, [(r)-[:REVIEWED_BY]->(e) | e.id] AS reviewers
     ORDER BY id`,
    { ids },
  );
}

describe('reviews in bundles', () => {
  test('are written with their claim and reviewer, counted, and listed newest first on the claim', async () => {
    const p = uniqueId('rev');
    const result = (await server.query(INGEST, { input: bundle(p) })).ingestDocument;
    expect(result).toEqual({ claims: { created: 2, matched: 0 }, reviews: { created: 2, matched: 0 } });

    expect(await reviewsOf(`${p}-c1`)).toEqual([
      { id: `${p}-r-new`, claim: { id: `${p}-c1` }, reviewer: { id: `${p}-checker`, name: `Checker ${p}` }, rating: 'False',
        ratingValue: null, bestRating: null, worstRating: null, reviewedAt: '2030-03-01T00:00:00.000Z', url: null, summary: null },
      { id: `${p}-r-old`, claim: { id: `${p}-c1` }, reviewer: { id: `${p}-desk`, name: `Fact Desk ${p}` }, rating: 'Mostly false',
        ratingValue: 2, bestRating: 5, worstRating: 1, reviewedAt: '2030-02-01T07:00:00.000Z', url: `https://factdesk.example/${p}/old`,
        summary: 'A few drones, not hundreds.' },
    ]);
    expect(await reviewsOf(`${p}-c2`)).toEqual([]);

    const graph = await reviewGraph([`${p}-r-old`, `${p}-r-new`]);
    expect(graph.map((r) => [r.id, r.claims, r.reviewers])).toEqual([
      [`${p}-r-new`, [`${p}-c1`], [`${p}-checker`]],
      [`${p}-r-old`, [`${p}-c1`], [`${p}-desk`]],
    ]);
    expect(Object.keys(graph[1].props as Json).sort()).toEqual(
      ['bestRating', 'createdAt', 'id', 'rating', 'ratingValue', 'reviewedAt', 'summary', 'updatedAt', 'url', 'worstRating'],
    );
    // Created now: updatedAt starts at createdAt, like every other node.
    expect((graph[1].props as Json).updatedAt).toEqual((graph[1].props as Json).createdAt);
  });

  test('replaying the bundle changes nothing: same nodes, properties (and times), relationships', async () => {
    const p = uniqueId('rev-replay');
    const input = bundle(p);
    await server.query(INGEST, { input });
    const ids = [`${p}-r-old`, `${p}-r-new`];
    const before = { counts: await graphCounts(server), reviews: await reviewGraph(ids) };

    const again = (await server.query(INGEST, { input })).ingestDocument;
    expect(again).toEqual({ claims: { created: 0, matched: 2 }, reviews: { created: 0, matched: 2 } });
    expect({ counts: await graphCounts(server), reviews: await reviewGraph(ids) }).toEqual(before);
  });

  test('a later bundle may review a claim already in the graph; changing a review moves updatedAt and its links', async () => {
    const p = uniqueId('rev-update');
    await server.query(INGEST, { input: bundle(p) });
    const later = bundle(`${p}-later`, [
      // The same review id, now on claim two with another verdict.
      { id: `${p}-r-old`, claim: `${p}-c2`, reviewer: `${p}-desk`, rating: 'True', url: `https://factdesk.example/${p}/old` },
    ]);
    later.claims = [];
    const result = (await server.query(INGEST, { input: later })).ingestDocument;
    expect(result.reviews).toEqual({ created: 0, matched: 1 });

    expect((await reviewsOf(`${p}-c1`)).map((r: Json) => r.id)).toEqual([`${p}-r-new`]);
    expect(await reviewsOf(`${p}-c2`)).toEqual([
      { id: `${p}-r-old`, claim: { id: `${p}-c2` }, reviewer: { id: `${p}-desk`, name: `Fact Desk ${p}` }, rating: 'True',
        ratingValue: null, bestRating: null, worstRating: null, reviewedAt: null, url: `https://factdesk.example/${p}/old`, summary: null },
    ]);
    const [stored] = await reviewGraph([`${p}-r-old`]);
    expect(stored.claims).toEqual([`${p}-c2`]);
    expect((stored.props as Json).updatedAt > (stored.props as Json).createdAt).toBe(true);
  });

  test('a reviewer id that entity resolution maps to another entity stands for that entity', async () => {
    const p = uniqueId('rev-resolve');
    await server.query(INGEST, { input: bundle(p) });
    // A new id with the same name as the fact desk resolves to it.
    const second = bundle(`${p}-second`, [{ id: `${p}-r-alias`, claim: `${p}-c2`, reviewer: `${p}-desk-again`, rating: 'Unproven' }]);
    second.entities = [{ id: `${p}-desk-again`, name: `Fact Desk ${p}`, kind: 'ORGANIZATION' }];
    second.claims = [];
    await server.query(INGEST, { input: second });
    expect((await reviewsOf(`${p}-c2`)).map((r: Json) => r.reviewer.id)).toEqual([`${p}-desk`]);
  });

  describe('bad reviews: BAD_USER_INPUT with the path and id, nothing written', () => {
    async function rejectedBundle(input: Json): Promise<Json[]> {
      const before = await graphCounts(server);
      const res = await server.gql(INGEST, { input });
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(await graphCounts(server)).toEqual(before);
      const [{ n }] = await server.cypher('MATCH (n) WHERE n.id STARTS WITH $p RETURN count(n) AS n', { p: input.document.id.replace(/-doc$/, '') });
      expect(n).toBe(0);
      return res.errors![0].extensions.problems;
    }

    const p = () => uniqueId('rev-bad');

    test('unknown claim and reviewer ids', async () => {
      const id = p();
      const problems = await rejectedBundle(bundle(id, [{ id: `${id}-r`, claim: `${id}-nope`, reviewer: `${id}-nobody`, rating: 'False' }]));
      expect(problems).toEqual([
        { path: 'reviews[0].claim', id: `${id}-nope`, message: `unknown claim id "${id}-nope": it is neither in this bundle nor in the graph` },
        { path: 'reviews[0].reviewer', id: `${id}-nobody`, message: `unknown entity id "${id}-nobody": it is neither in this bundle nor in the graph` },
      ]);
    });

    test('ratingValue outside worstRating..bestRating, and a reversed scale', async () => {
      const id = p();
      const problems = await rejectedBundle(bundle(id, [
        { id: `${id}-r1`, claim: `${id}-c1`, reviewer: `${id}-desk`, rating: 'False', ratingValue: 7, worstRating: 1, bestRating: 5 },
        { id: `${id}-r2`, claim: `${id}-c1`, reviewer: `${id}-desk`, rating: 'False', worstRating: 5, bestRating: 1 },
      ]));
      expect(problems).toEqual([
        { path: 'reviews[0].ratingValue', id: `${id}-r1`, message: 'must be at most bestRating (5); got 7' },
        { path: 'reviews[1].bestRating', id: `${id}-r2`, message: 'must be greater than worstRating (5); got 1' },
      ]);
    });

    test('empty or over-long rating, a non-http url, a duplicate id', async () => {
      const id = p();
      const base = { claim: `${id}-c1`, reviewer: `${id}-desk` };
      const problems = await rejectedBundle(bundle(id, [
        { ...base, id: `${id}-r1`, rating: '  ' },
        { ...base, id: `${id}-r2`, rating: 'x'.repeat(101) },
        { ...base, id: `${id}-r3`, rating: 'False', url: 'javascript:alert(1)' },
      ]));
      expect(problems.map((x: Json) => [x.path, x.message])).toEqual([
        ['reviews[0].rating', 'must not be empty'],
        ['reviews[1].rating', 'must be at most 100 characters'],
        ['reviews[2].url', 'must be an http(s) URL'],
      ]);

      const dup = p();
      const r = { claim: `${dup}-c1`, reviewer: `${dup}-desk`, rating: 'False' };
      expect(await rejectedBundle(bundle(dup, [{ ...r, id: `${dup}-r` }, { ...r, id: `${dup}-r` }]))).toEqual([
        { path: 'reviews[1].id', id: `${dup}-r`, message: `duplicate id "${dup}-r" (also at reviews[0])` },
      ]);
    });

    test('a review field the schema does not know is refused by GraphQL itself', async () => {
      const id = p();
      const before = await graphCounts(server);
      const res = await server.gql(INGEST, { input: bundle(id, [{ id: `${id}-r`, claim: `${id}-c1`, reviewer: `${id}-desk`, rating: 'False', verdict: 'x' }]) });
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/verdict/);
      expect(await graphCounts(server)).toEqual(before);
    });
  });
});

describe('addReview', () => {
  /** A claim and two reviewers to review it with. */
  async function setUp(): Promise<string> {
    const p = uniqueId('add');
    await server.query(INGEST, { input: bundle(p, []) });
    return p;
  }

  test('adds a review in one transaction and returns it; Claim.reviews lists it', async () => {
    const p = await setUp();
    const input = { id: `${p}-r`, claim: `${p}-c2`, reviewer: `${p}-desk`, rating: ' Misleading ', ratingValue: 0.25, worstRating: 0, bestRating: 1,
      reviewedAt: '2030-05-05T12:00:00Z', url: 'https://factdesk.example/misleading', summary: 'Out of context.' };
    const expected = { id: `${p}-r`, claim: { id: `${p}-c2` }, reviewer: { id: `${p}-desk`, name: `Fact Desk ${p}` }, rating: 'Misleading',
      ratingValue: 0.25, bestRating: 1, worstRating: 0, reviewedAt: '2030-05-05T12:00:00.000Z', url: 'https://factdesk.example/misleading', summary: 'Out of context.' };
    expect((await server.query(ADD, { input })).addReview).toEqual(expected);
    expect(await reviewsOf(`${p}-c2`)).toEqual([expected]);
  });

  test('is idempotent: the same review again changes nothing; a changed one is updated in place', async () => {
    const p = await setUp();
    const input = { id: `${p}-r`, claim: `${p}-c1`, reviewer: `${p}-desk`, rating: 'False', ratingValue: 1, worstRating: 1, bestRating: 5 };
    await server.query(ADD, { input });
    const before = { counts: await graphCounts(server), review: await reviewGraph([`${p}-r`]) };
    expect((await server.query(ADD, { input })).addReview.rating).toBe('False');
    expect({ counts: await graphCounts(server), review: await reviewGraph([`${p}-r`]) }).toEqual(before);
    const created = before.review[0].props as Json;
    expect(created.updatedAt).toEqual(created.createdAt);

    const changed = (await server.query(ADD, { input: { ...input, rating: 'Mostly false', ratingValue: 2, reviewer: `${p}-checker` } })).addReview;
    expect(changed).toMatchObject({ rating: 'Mostly false', ratingValue: 2, reviewer: { id: `${p}-checker` } });
    const [after] = await reviewGraph([`${p}-r`]);
    expect(after.reviewers).toEqual([`${p}-checker`]);
    expect((after.props as Json).updatedAt > created.updatedAt).toBe(true);
    expect((after.props as Json).createdAt).toEqual(created.createdAt);
    expect((await graphCounts(server)).nodes).toBe(before.counts.nodes);
  });

  test('takes a reviewer id that was resolved into another entity', async () => {
    const p = await setUp();
    const second = bundle(`${p}-second`, []);
    second.entities = [{ id: `${p}-desk-alias`, name: `Fact Desk ${p}`, kind: 'ORGANIZATION' }];
    second.claims = [];
    await server.query(INGEST, { input: second });
    const review = (await server.query(ADD, { input: { id: `${p}-r`, claim: `${p}-c1`, reviewer: `${p}-desk-alias`, rating: 'True' } })).addReview;
    expect(review.reviewer).toEqual({ id: `${p}-desk`, name: `Fact Desk ${p}` });
  });

  describe('bad input: BAD_USER_INPUT under `input`, nothing written', () => {
    async function rejected(input: Json): Promise<{ message: string; problems: Json[] }> {
      const before = await graphCounts(server);
      const res = await server.gql(ADD, { input });
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(await graphCounts(server)).toEqual(before);
      expect(await server.cypher('MATCH (r:Review {id: $id}) RETURN r', { id: input.id })).toEqual([]);
      return { message: res.errors![0].message, problems: res.errors![0].extensions.problems };
    }

    test('an unknown claim or reviewer id, named with its path', async () => {
      const p = await setUp();
      const { message, problems } = await rejected({ id: `${p}-r`, claim: `${p}-nope`, reviewer: `${p}-nobody`, rating: 'False' });
      expect(message).toBe(`input.claim: unknown claim id "${p}-nope" (and 1 more problem: see extensions.problems)`);
      expect(problems).toEqual([
        { path: 'input.claim', id: `${p}-nope`, message: `unknown claim id "${p}-nope"` },
        { path: 'input.reviewer', id: `${p}-nobody`, message: `unknown entity id "${p}-nobody"` },
      ]);
    });

    test('a ratingValue outside the scale, with the reference problems too', async () => {
      const p = await setUp();
      const { problems } = await rejected({ id: `${p}-r`, claim: `${p}-c1`, reviewer: `${p}-nobody`, rating: 'False', ratingValue: 0, worstRating: 1, bestRating: 5 });
      expect(problems).toEqual([
        { path: 'input.ratingValue', id: `${p}-r`, message: 'must be at least worstRating (1); got 0' },
        { path: 'input.reviewer', id: `${p}-nobody`, message: `unknown entity id "${p}-nobody"` },
      ]);
    });

    test('a blank or over-long rating, a non-http url, a malformed id', async () => {
      const p = await setUp();
      const base = { id: `${p}-r`, claim: `${p}-c1`, reviewer: `${p}-desk`, rating: 'False' };
      expect((await rejected({ ...base, rating: '   ' })).problems).toEqual([{ path: 'input.rating', id: `${p}-r`, message: 'must not be empty' }]);
      expect((await rejected({ ...base, rating: 'y'.repeat(101) })).problems[0].path).toBe('input.rating');
      expect((await rejected({ ...base, url: 'ftp://factdesk.example/x' })).problems).toEqual([{ path: 'input.url', id: `${p}-r`, message: 'must be an http(s) URL' }]);
      expect((await rejected({ ...base, id: 'has spaces' })).problems[0].path).toBe('input.id');
    });
  });
});
