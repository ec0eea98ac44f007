import { BundleBuilder } from '../support/bundles';
import { queriesSentBy } from '../support/queryLog';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * `entity(id)` starts the pages its selection asks for (claimsAbout, statements) together with the
 * entity, so they run alongside it instead of one level later. The answers must be those the nested
 * resolvers give on their own (the `entities` list does not prefetch: it is the reference).
 */
let server: TestServer;
let ids: { alice: string; topic: string; prefix: string };
beforeAll(async () => {
  server = await startTestServer();
  const b = new BundleBuilder('entity-prefetch', { publishedAt: '2032-03-01T00:00:00Z' });
  const alice = b.entity('alice');
  const topic = b.entity('topic', { kind: 'OTHER' });
  for (let i = 0; i < 4; i++) {
    const c = b.claim(`c${i}`, `Claim ${b.prefix} ${i}`, [topic]);
    b.attribution({ claim: c, speaker: alice, statedAt: `2032-02-0${i + 1}T00:00:00Z` });
  }
  await b.ingest(server);
  ids = { alice, topic, prefix: b.prefix };
});
afterAll(async () => server.close());

async function queriesOf(query: string, variables: Record<string, unknown>): Promise<{ names: string[]; body: any }> {
  const { names, result } = await queriesSentBy(() => server.gql(query, variables));
  return { names, body: result };
}

// Same page size for both claimsAbout aliases: pages of one size share a query (LIMIT is per query).
const PAGES = `id name
  about: claimsAbout(first: 2) { totalCount edges { cursor node { id text } } pageInfo { hasNextPage endCursor } }
  more: claimsAbout(first: 2, after: $after) { edges { node { id text } } }
  statements(first: 2) { totalCount edges { node { id claim { id } } } }`;

test('the pages come with the entity, each in one query, and equal the nested resolvers\' answers', async () => {
  const first = await server.query(`query($id: ID!) { entity(id: $id) { claimsAbout(first: 1) { pageInfo { endCursor } } } }`, { id: ids.topic });
  const after = first.entity.claimsAbout.pageInfo.endCursor;
  const single = await queriesOf(`query($id: ID!, $after: String) { entity(id: $id) { ${PAGES} } }`, { id: ids.topic, after });
  expect(single.body.errors).toBeUndefined();
  expect([...single.names].sort()).toEqual(['claims-about-pages', 'entities-by-ids', 'entity-statements-pages']);
  const e = single.body.data.entity;
  expect(e.about.totalCount).toBe(4);
  expect(e.about.edges.map((x: any) => x.node.text)).toEqual([`Claim ${ids.prefix} 3`, `Claim ${ids.prefix} 2`]);
  expect(e.more.edges.map((x: any) => x.node.text)).toEqual([2, 1].map((i) => `Claim ${ids.prefix} ${i}`));

  const list = await server.query(`query($n: String, $after: String) { entities(filter: { name: $n }, first: 5) { edges { node { ${PAGES} } } } }`, { n: `${ids.prefix} topic`, after });
  expect(list.entities.edges).toHaveLength(1);
  // Cursors carry the request's snapshot time: compare everything else.
  const strip = (x: any) => JSON.parse(JSON.stringify(x, (k, v) => (k === 'cursor' || k === 'endCursor' ? undefined : v)));
  expect(strip(e)).toEqual(strip(list.entities.edges[0].node));
});

test('a bad cursor in a prefetched page is reported once, by its field; an unknown entity is null', async () => {
  const bad = await server.gql(`query($id: ID!) { entity(id: $id) { id claimsAbout(first: 2, after: "not-a-cursor") { totalCount } } }`, { id: ids.topic });
  expect(bad.errors).toHaveLength(1);
  expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect(bad.errors![0].path).toEqual(['entity', 'claimsAbout']);
  const missing = await server.gql(`{ entity(id: "no-such-entity-prefetch") { id claimsAbout(first: 2, after: "not-a-cursor") { totalCount } statements { totalCount } } }`);
  expect(missing.errors).toBeUndefined();
  expect(missing.data.entity).toBeNull();
});
