import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/**
 * 50 ingests at once, all naming the same entities, claims and claim relation: each id ends up as
 * exactly one node, each shared link as one relationship, and every ingest succeeds (MERGE on
 * constrained ids; deadlocks and uniqueness races between the transactions are retried).
 */
let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const CONCURRENT = 50;
const SHARED_ENTITIES = 5;
const SHARED_CLAIMS = 3;

function bundle(prefix: string, i: number) {
  const shared = (j: number) => `${prefix}-shared-e${j}`;
  const sharedClaim = (j: number) => `${prefix}-shared-c${j}`;
  const own = `${prefix}-b${i}`;
  return {
    document: { id: `${own}-doc`, title: `Concurrent ${i}`, kind: 'NEWS_ARTICLE', publishedAt: '2024-02-01', publisher: shared(0) },
    entities: [
      ...Array.from({ length: SHARED_ENTITIES }, (_, j) => ({ id: shared(j), name: `Shared ${prefix}-e${j}`, kind: j === 0 ? 'ORGANIZATION' : 'PERSON' })),
      { id: `${own}-speaker`, name: `Speaker ${own}`, kind: 'PERSON', affiliations: [{ entity: shared(0), role: 'correspondent' }] },
    ],
    claims: [
      ...Array.from({ length: SHARED_CLAIMS }, (_, j) => ({ id: sharedClaim(j), text: `Shared claim ${prefix}-c${j}.`, about: [shared(1 + j)] })),
      { id: `${own}-claim`, text: `Own claim ${own}.`, about: [shared(1)] },
    ],
    attributions: [
      ...Array.from({ length: SHARED_CLAIMS }, (_, j) => ({ id: `${own}-a${j}`, claim: sharedClaim(j), speaker: shared(1 + ((i + j) % (SHARED_ENTITIES - 1))), mode: 'PARAPHRASE', stance: 'ASSERTS' })),
      { id: `${own}-own`, claim: `${own}-claim`, speaker: `${own}-speaker`, mode: 'REPORTED', stance: 'ASSERTS' },
    ],
    relations: [{ from: sharedClaim(0), type: 'SUPPORTS', to: sharedClaim(1) }],
  };
}

test(`${CONCURRENT} concurrent ingests sharing entities and claims: one node per id, one relationship per link`, async () => {
  const prefix = uniqueId('concurrent');
  const results = await Promise.all(
    Array.from({ length: CONCURRENT }, (_, i) =>
      server.gql('mutation($input: DocumentBundleInput!) { ingestDocument(input: $input) { document { id } } }', { input: bundle(prefix, i) }),
    ),
  );
  expect(results.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
  expect(results.map((r) => r.status)).toEqual(Array(CONCURRENT).fill(200));

  const perId = await server.cypher(
    'MATCH (n) WHERE n.id STARTS WITH $prefix WITH n.id AS id, labels(n) AS labels, count(*) AS c RETURN max(c) AS most, count(*) AS ids',
    { prefix },
  );
  expect(perId[0]).toEqual({
    most: 1,
    // documents, own speakers, own claims, 4 attributions each; plus the shared entities and claims
    ids: CONCURRENT * (1 + 1 + 1 + SHARED_CLAIMS + 1) + SHARED_ENTITIES + SHARED_CLAIMS,
  });
  const [links] = await server.cypher(
    `RETURN
       COUNT { MATCH (:Claim {id: $prefix + '-shared-c0'})-[r:SUPPORTS]->(:Claim {id: $prefix + '-shared-c1'}) RETURN r } AS supports,
       COUNT { MATCH (c:Claim)-[r:ABOUT]->(:Entity) WHERE c.id STARTS WITH $prefix + '-shared-' RETURN r } AS sharedAbout,
       COUNT { MATCH (:Document)-[r:PUBLISHED_BY]->(:Entity {id: $prefix + '-shared-e0'}) RETURN r } AS published,
       COUNT { MATCH (:Entity)-[r:AFFILIATED_WITH]->(:Entity {id: $prefix + '-shared-e0'}) RETURN r } AS affiliations,
       COUNT { MATCH (a:Attribution)-[r:ATTRIBUTES]->(c:Claim) WHERE c.id STARTS WITH $prefix + '-shared-' RETURN r } AS sharedAttributions`,
    { prefix },
  );
  expect(links).toEqual({ supports: 1, sharedAbout: SHARED_CLAIMS, published: CONCURRENT, affiliations: CONCURRENT, sharedAttributions: CONCURRENT * SHARED_CLAIMS });
});
