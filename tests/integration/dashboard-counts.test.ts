import { BundleBuilder, errorCodes } from '../support/bundles';
import { startTestServer, type TestServer } from '../support/testServer';

/** Query.topSpeakers, Query.topEntities and Query.stats. */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const TOP = `query($about: ID, $saidBy: ID, $first: Int) {
  topSpeakers(about: $about, first: $first) { entity { id name } count }
  topEntities(saidBy: $saidBy, first: $first) { entity { id name } count }
}`;

const rows = (list: { entity: { id: string }; count: number }[]) => list.map((r) => `${r.entity.id}:${r.count}`);

/** Subject T: A states c1, c2, c3 about it; B states c1; C states c2 twice (two documents). c1 is also about U. */
async function world() {
  const b = new BundleBuilder('top', { publishedAt: '2031-07-01T00:00:00Z' });
  const t = b.entity('t', { kind: 'COUNTRY' });
  const u = b.entity('u', { kind: 'COUNTRY' });
  const a = b.entity('a');
  const bb = b.entity('b');
  const c = b.entity('c');
  const other = b.document('other', { publishedAt: '2031-07-02T00:00:00Z' });
  const c1 = b.claim('c1', undefined, [t, u]);
  const c2 = b.claim('c2', undefined, [t]);
  const c3 = b.claim('c3', undefined, [t]);
  const c4 = b.claim('c4', undefined, [u]);
  [c1, c2, c3].forEach((claim) => b.attribution({ claim, speaker: a }));
  b.attribution({ claim: c1, speaker: bb });
  b.attribution({ claim: c4, speaker: bb });
  b.attribution({ claim: c2, speaker: c });
  b.attribution({ claim: c2, speaker: c, document: other });
  await b.ingest(server);
  return { b, t, u, a, bb, c };
}

describe('topSpeakers / topEntities', () => {
  test('topSpeakers(about:) counts distinct claims about the entity per speaker, most first, then by name', async () => {
    const w = await world();
    const data = await server.query(TOP, { about: w.t, saidBy: w.a });
    expect(rows(data.topSpeakers)).toEqual([`${w.a}:3`, `${w.bb}:1`, `${w.c}:1`]);
    expect(data.topSpeakers[0].entity.name).toBe(w.b.name('a'));
    expect(rows(data.topEntities)).toEqual([`${w.t}:3`, `${w.u}:1`]);
  });

  test('first cuts the list', async () => {
    const w = await world();
    const data = await server.query(TOP, { about: w.t, saidBy: w.bb, first: 1 });
    expect(rows(data.topSpeakers)).toEqual([`${w.a}:3`]);
    // B stated c1 (about T and U) and c4 (about U): U 2, then T 1.
    expect(rows(data.topEntities)).toEqual([`${w.u}:2`]);
  });

  test('a resolved id counts for its entity; an unknown id has an empty list', async () => {
    const w = await world();
    const again = new BundleBuilder('top-alias', { publishedAt: '2031-08-01T00:00:00Z' });
    const alias = again.entity('same-t', { name: w.b.name('t'), kind: 'COUNTRY' });
    // Named after the first bundle's speakers so that it sorts after them among equal counts.
    const d = again.entity('d', { name: w.b.name('d') });
    again.attribution({ claim: again.claim('c9', undefined, [alias]), speaker: d });
    const result = await again.ingest(server);
    expect(result.resolvedEntities).toContainEqual({ bundleId: alias, resolvedId: w.t, resolution: 'NAME' });
    const data = await server.query(TOP, { about: alias, saidBy: d });
    expect(rows(data.topSpeakers)).toEqual([`${w.a}:3`, `${w.bb}:1`, `${w.c}:1`, `${d}:1`]);
    expect(rows(data.topEntities)).toEqual([`${w.t}:1`]);
    expect(await server.query(TOP, { about: 't-no-such-entity', saidBy: 't-no-such-entity' })).toEqual({ topSpeakers: [], topEntities: [] });
  });

  test('without about/saidBy: over the whole graph, counts never increasing', async () => {
    const data = await server.query(TOP, { first: 100 });
    for (const list of [data.topSpeakers, data.topEntities]) {
      expect(list.length).toBeGreaterThan(5);
      const counts = list.map((r: { count: number }) => r.count);
      expect(counts).toEqual([...counts].sort((p, q) => q - p));
    }
    const [top] = data.topSpeakers;
    const [row] = await server.cypher('MATCH (:Entity {id: $id})<-[:SAID_BY]-(:Attribution)-[:ATTRIBUTES]->(c:Claim) RETURN count(DISTINCT c) AS n', { id: top.entity.id });
    expect(top.count).toBe(row.n);
  });

  test('the seed: who spoke about the Shahed-136, and what Adrienne Watson spoke about', async () => {
    const data = await server.query(TOP, { about: 'shahed-136', saidBy: 'adrienne-watson' });
    expect(data.topSpeakers).toEqual([
      { entity: { id: 'cnn', name: 'CNN' }, count: 3 },
      { entity: { id: 'ukrainian-authorities', name: 'Ukrainian authorities' }, count: 1 },
    ]);
    expect(rows(data.topEntities)).toEqual(['iran:4', 'russia:3', 'ukraine:1']);
  });

  test.each([[0], [101]])('first: %d is BAD_USER_INPUT', async (first) => {
    const r = await server.gql('query($first: Int) { topSpeakers(first: $first) { count } }', { first });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions.problems).toEqual([{ path: 'first', message: `must be between 1 and 100; got ${first}` }]);
  });
});

describe('stats', () => {
  const STATS = '{ stats { entities claims attributions documents anonymousShare } }';

  async function graphCounts() {
    const [row] = await server.cypher(`
      CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
      CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
      CALL () { MATCH (a:Attribution) RETURN count(a) AS attributions }
      CALL () { MATCH (d:Document) RETURN count(d) AS documents }
      CALL () { MATCH (:Attribution)-[:SAID_BY]->(s:Entity) WHERE s.anonymous RETURN count(*) AS anonymous }
      RETURN entities, claims, attributions, documents, anonymous`);
    return row as Record<string, number>;
  }

  test('the headline numbers match the graph, and anonymousShare is anonymous attributions / all attributions', async () => {
    const { stats } = await server.query(STATS);
    const counts = await graphCounts();
    expect(stats).toEqual({
      entities: counts.entities,
      claims: counts.claims,
      attributions: counts.attributions,
      documents: counts.documents,
      anonymousShare: counts.anonymous / counts.attributions,
    });
    // The seed alone is 23 entities, 31 claims, 36 attributions (15 of them by anonymous speakers), 3 documents.
    expect(stats.entities).toBeGreaterThanOrEqual(23);
    expect(stats.anonymousShare).toBeGreaterThan(0);
    expect(stats.anonymousShare).toBeLessThan(1);
  });

  test('a new bundle moves every number by what it adds', async () => {
    const before = (await server.query(STATS)).stats;
    const b = new BundleBuilder('stats');
    const named = b.entity('named');
    const anon = b.entity('anon', { anonymous: true, kind: 'GROUP' });
    const c1 = b.claim('c1');
    const c2 = b.claim('c2');
    b.attribution({ claim: c1, speaker: named });
    b.attribution({ claim: c1, speaker: anon });
    b.attribution({ claim: c2, speaker: anon });
    await b.ingest(server);
    const after = (await server.query(STATS)).stats;
    expect({
      entities: after.entities - before.entities,
      claims: after.claims - before.claims,
      attributions: after.attributions - before.attributions,
      documents: after.documents - before.documents,
    }).toEqual({ entities: 2, claims: 2, attributions: 3, documents: 1 });
    const anonymousBefore = Math.round(before.anonymousShare * before.attributions);
    expect(after.anonymousShare).toBeCloseTo((anonymousBefore + 2) / (before.attributions + 3), 12);
  });
});
