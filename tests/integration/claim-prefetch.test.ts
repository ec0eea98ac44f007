import { BundleBuilder } from '../support/bundles';
import { queriesSentBy } from '../support/queryLog';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * `claim(id)` reads what its selection reaches below the claim (attributions with their speakers,
 * documents, publishers and chains; or its provenance) in one query and primes the loaders. These
 * tests check that the answers are exactly those the loaders give on their own (the `claims` list
 * does not prefetch, so it is the reference), and that the round trips really drop to one.
 */
let server: TestServer;
let ids: { x: string; y: string; a1: string; a2: string; a3: string; alice: string; herald: string; post: string };
beforeAll(async () => {
  server = await startTestServer();
  const b = new BundleBuilder('prefetch', { publishedAt: '2031-02-03T00:00:00Z', publisher: 'post' });
  const alice = b.entity('alice', { aliases: ['Al'] });
  const herald = b.entity('herald', { kind: 'ORGANIZATION' });
  const post = b.entity('post', { kind: 'ORGANIZATION', description: 'A paper' });
  const d1 = b.document('d1', { publisher: herald, publishedAt: '2031-01-01T00:00:00Z' });
  const d2 = b.document('d2', { publisher: post, publishedAt: '2031-01-05T00:00:00Z' });
  const x = b.claim('x', `Claim ${b.prefix} x`);
  const y = b.claim('y', `Claim ${b.prefix} y`);
  const a1 = b.attribution({ claim: x, speaker: alice, document: d1, mode: 'DIRECT_QUOTE', statedAt: '2030-12-31T10:00:00Z' });
  const a2 = b.attribution({ claim: x, speaker: herald, document: d2, via: a1 });
  const a3 = b.attribution({ claim: x, speaker: post, via: a2, stance: 'QUESTIONS' });
  b.attribution({ claim: y, speaker: alice });
  await b.ingest(server);
  ids = { x, y, a1, a2, a3, alice, herald, post };
});
afterAll(async () => server.close());

const SELECTION = `id text
  attributions { id mode stance cue quote statedAt firstReport
    speaker { id name kind anonymous description aliases wikidataId }
    document { id title url kind publishedAt language publisher { id name description } }
    via { id } basis { id }
    chain { id speaker { id name } document { id title publisher { id } } claim { id } } }
  speakers { id name kind }`;

async function queriesOf(query: string, variables: Record<string, unknown>): Promise<{ names: string[]; data: any }> {
  const { names, result } = await queriesSentBy(() => server.query(query, variables));
  return { names, data: result };
}

test('claim(id) with attributions, speakers, documents and chains answers what the loaders answer, in one query', async () => {
  const single = await queriesOf(`query($id: ID!) { claim(id: $id) { ${SELECTION} } }`, { id: ids.x });
  expect(single.names).toEqual(['claim-details-by-ids']);
  const list = await server.query(`query($t: String) { claims(filter: { text: $t }, first: 5) { edges { node { ${SELECTION} } } } }`, { t: `${ids.x.replace(/-x$/, '')} x` });
  expect(list.claims.edges).toHaveLength(1);
  expect(single.data.claim).toEqual(list.claims.edges[0].node);

  const claim = single.data.claim;
  // Newest statement first: a3 dated by the main document (Feb 3), a2 by d2 (Jan 5), a1 by its statedAt (Dec 31).
  expect(claim.attributions.map((a: any) => a.id)).toEqual([ids.a3, ids.a2, ids.a1]);
  const a3 = claim.attributions.find((a: any) => a.id === ids.a3);
  expect(a3.chain.map((h: any) => h.id)).toEqual([ids.a3, ids.a2, ids.a1]);
  expect(a3.chain[2].document.publisher.id).toBe(ids.herald);
  expect(a3.document.publisher).toMatchObject({ id: ids.post, description: 'A paper' });
  expect(claim.speakers.map((s: any) => s.id).sort()).toEqual([ids.alice, ids.herald, ids.post].sort());
});

test('claim(id) { origins independentOrigins outlets } with speakers costs one query', async () => {
  const q = `query($id: ID!) { claim(id: $id) { id text origins { id speaker { id name } } independentOrigins outlets { id name } } }`;
  const single = await queriesOf(q, { id: ids.x });
  expect(single.names).toEqual(['claim-provenance-by-ids']);
  expect(single.data.claim.origins).toEqual([{ id: ids.a1, speaker: { id: ids.alice, name: expect.stringContaining('alice') } }]);
  expect(single.data.claim.independentOrigins).toBe(1);
  expect(single.data.claim.outlets.map((o: any) => o.id).sort()).toEqual([ids.herald, ids.post].sort());
});

test('aliases, fragments and @include are followed; a selection that stops at the claim reads only the claim', async () => {
  const plain = await queriesOf(`query($id: ID!) { claim(id: $id) { id text } }`, { id: ids.x });
  expect(plain.names).toEqual(['claims-by-ids']);
  const q = `query($x: ID!, $y: ID!, $with: Boolean!) {
    one: claim(id: $x) { ...Parts }
    two: claim(id: $y) { id attrs: attributions @include(if: $with) { id speaker { id } } }
  }
  fragment Parts on Claim { id ... on Claim { attributions { id chain { id } } } }`;
  const both = await queriesOf(q, { x: ids.x, y: ids.y, with: true });
  // Both root fields share one batched query (chains are read for both, as one of them wants them).
  expect(both.names).toEqual(['claim-details-by-ids']);
  expect(both.data.one.attributions).toHaveLength(3);
  expect(both.data.two.attrs).toEqual([{ id: expect.any(String), speaker: { id: ids.alice } }]);
  const skipped = await queriesOf(q, { x: ids.x, y: ids.y, with: false });
  expect(skipped.data.two).toEqual({ id: ids.y });
  expect([...skipped.names].sort()).toEqual(['claim-details-by-ids', 'claims-by-ids']);
});

test('an unknown claim id is null, with or without prefetch', async () => {
  const r = await server.query(`query { a: claim(id: "no-such-claim-prefetch") { id attributions { id } } b: claim(id: "no-such-claim-prefetch") { id origins { id } } c: claim(id: "no-such-claim-prefetch") { id } }`);
  expect(r).toEqual({ a: null, b: null, c: null });
});
