import { BundleBuilder, errorCodes } from '../support/bundles';
import { startTestServer, type TestServer } from '../support/testServer';

/** Query.entityGraph: nodes, edges, weights, depth, limit/truncated, date window, redirects, edge claims, validation. */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const GRAPH = `query($ids: [ID!]!, $depth: Int, $limit: Int, $after: DateTime, $before: DateTime, $first: Int) {
  entityGraph(ids: $ids, depth: $depth, limit: $limit, statedAfter: $after, statedBefore: $before) {
    truncated
    nodes { id label kind anonymous weight }
    edges { id source target type weight claims(first: $first) { id } }
  }
}`;

interface Graph {
  truncated: boolean;
  nodes: { id: string; label: string; kind: string; anonymous: boolean; weight: number }[];
  edges: { id: string; source: string; target: string; type: string; weight: number; claims: { id: string }[] }[];
}

async function graph(vars: Record<string, unknown>): Promise<Graph> {
  return (await server.query<{ entityGraph: Graph }>(GRAPH, vars)).entityGraph;
}

const edgeSummary = (g: Graph) => g.edges.map((e) => `${e.id} ${e.weight} [${e.claims.map((c) => c.id).join(',')}]`);

/**
 * A small world of its own: speaker S (spokesperson of ministry M, which belongs to country X) says
 * c1 (about X and Y) and c2 (about X and Z) in outlet O's article; an anonymous group A says c1 later
 * and c3 (about Y); c4 (about Z) has no attribution.
 */
async function world() {
  const b = new BundleBuilder('graph', { publisher: 'outlet', publishedAt: '2031-01-10T12:00:00Z' });
  const o = b.entity('outlet', { kind: 'ORGANIZATION' });
  const x = b.entity('x', { kind: 'COUNTRY' });
  const m = b.entity('m', { kind: 'ORGANIZATION', affiliations: [{ entity: x }] });
  const s = b.entity('s', { kind: 'PERSON', affiliations: [{ entity: m, role: 'spokesperson' }] });
  const a = b.entity('a', { kind: 'GROUP', anonymous: true, description: 'officials familiar with it' });
  const y = b.entity('y', { kind: 'COUNTRY' });
  const z = b.entity('z', { kind: 'WEAPON_SYSTEM' });
  const c1 = b.claim('c1', undefined, [x, y]);
  const c2 = b.claim('c2', undefined, [x, z]);
  const c3 = b.claim('c3', undefined, [y]);
  const c4 = b.claim('c4', undefined, [z]);
  b.attribution({ claim: c1, speaker: s, statedAt: '2031-01-05T09:00:00Z' });
  b.attribution({ claim: c2, speaker: s }); // dated by the article: 2031-01-10
  b.attribution({ claim: c1, speaker: a, statedAt: '2031-02-01T09:00:00Z' });
  b.attribution({ claim: c3, speaker: a, statedAt: '2031-03-01T09:00:00Z' });
  await b.ingest(server);
  return { b, o, m, s, a, x, y, z, c1, c2, c3, c4 };
}

describe('entityGraph on a bundle', () => {
  test('depth 1: the seed, its neighbours over every link type, their weights, and every edge among them with its claims', async () => {
    const w = await world();
    const g = await graph({ ids: [w.s] });
    expect(g.truncated).toBe(false);
    // The seed first, then its neighbours heaviest first (ties by id).
    expect(g.nodes).toEqual([
      { id: w.s, label: w.b.name('s'), kind: 'PERSON', anonymous: false, weight: 2 },
      { id: w.x, label: w.b.name('x'), kind: 'COUNTRY', anonymous: false, weight: 2 },
      { id: w.y, label: w.b.name('y'), kind: 'COUNTRY', anonymous: false, weight: 2 },
      // c4 has no attribution but is about Z: without a window it counts.
      { id: w.z, label: w.b.name('z'), kind: 'WEAPON_SYSTEM', anonymous: false, weight: 2 },
      { id: w.m, label: w.b.name('m'), kind: 'ORGANIZATION', anonymous: false, weight: 0 },
      { id: w.o, label: w.b.name('outlet'), kind: 'ORGANIZATION', anonymous: false, weight: 0 },
    ]);
    // By type, then source, then target; claims newest statement first (c2 on Jan 10, c1 on Jan 5).
    expect(edgeSummary(g)).toEqual([
      `AFFILIATED_WITH:${w.m}->${w.x} 1 []`,
      `AFFILIATED_WITH:${w.s}->${w.m} 1 []`,
      `CO_MENTIONED:${w.x}--${w.y} 1 [${w.c1}]`,
      `CO_MENTIONED:${w.x}--${w.z} 1 [${w.c2}]`,
      `PUBLISHED:${w.o}->${w.s} 2 [${w.c2},${w.c1}]`,
      `STATED_ABOUT:${w.s}->${w.x} 2 [${w.c2},${w.c1}]`,
      `STATED_ABOUT:${w.s}->${w.y} 1 [${w.c1}]`,
      `STATED_ABOUT:${w.s}->${w.z} 1 [${w.c2}]`,
    ]);
    expect(g.edges.find((e) => e.type === 'PUBLISHED')).toMatchObject({ source: w.o, target: w.s });
  });

  test('depth 2 reaches the anonymous group through the subjects and the outlet; the group is marked anonymous', async () => {
    const w = await world();
    const g = await graph({ ids: [w.s], depth: 2 });
    expect(g.truncated).toBe(false);
    expect(g.nodes.map((n) => n.id)).toEqual([w.s, w.x, w.y, w.z, w.m, w.o, w.a]);
    expect(g.nodes.at(-1)).toEqual({ id: w.a, label: w.b.name('a'), kind: 'GROUP', anonymous: true, weight: 2 });
    expect(edgeSummary(g).filter((e) => e.includes(w.a))).toEqual([
      `PUBLISHED:${w.o}->${w.a} 2 [${w.c3},${w.c1}]`,
      `STATED_ABOUT:${w.a}->${w.x} 1 [${w.c1}]`,
      `STATED_ABOUT:${w.a}->${w.y} 2 [${w.c3},${w.c1}]`,
    ]);
    // Depth 1 with the same limit left the group out without cutting anything: not truncated.
    expect((await graph({ ids: [w.s], depth: 1 })).nodes.map((n) => n.id)).not.toContain(w.a);
  });

  test('limit keeps the seed and the heaviest neighbours, only edges among them, and says truncated', async () => {
    const w = await world();
    const g = await graph({ ids: [w.s], limit: 3 });
    expect(g.truncated).toBe(true);
    expect(g.nodes.map((n) => n.id)).toEqual([w.s, w.x, w.y]);
    expect(g.edges.map((e) => e.id)).toEqual([`CO_MENTIONED:${w.x}--${w.y}`, `STATED_ABOUT:${w.s}->${w.x}`, `STATED_ABOUT:${w.s}->${w.y}`]);
    // Exactly enough room: nothing cut.
    expect((await graph({ ids: [w.s], limit: 6 })).truncated).toBe(false);
    // Room for depth 1 only: the second hop is cut.
    const cut = await graph({ ids: [w.s], depth: 2, limit: 6 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(6);
  });

  test('the seeds are always kept, even past limit', async () => {
    const w = await world();
    const g = await graph({ ids: [w.s, w.a], limit: 1 });
    expect(g.truncated).toBe(true);
    expect(g.nodes.map((n) => n.id)).toEqual([w.s, w.a]);
    expect(g.edges).toEqual([]);
  });

  test('a date window keeps only the statements in it: links, weights and edge claims', async () => {
    const w = await world();
    const g = await graph({ ids: [w.s], depth: 2, after: '2031-01-06', before: '2031-02-15' });
    // In the window: S's c2 (Jan 10) and A's c1 (Feb 1); S's c1 (Jan 5) and A's c3 (Mar 1) are out.
    // Hop 1 from S reaches X and Z (c2), M (affiliation) and O (published c2); Y only comes at hop 2,
    // with A, since S's statement about Y is out of the window. Heaviest first within each hop.
    expect(g.nodes.map((n) => `${n.id}:${n.weight}`)).toEqual([
      `${w.s}:1`, `${w.x}:2`, `${w.z}:1`, `${w.m}:0`, `${w.o}:0`, `${w.a}:1`, `${w.y}:1`,
    ]);
    expect(edgeSummary(g)).toEqual([
      `AFFILIATED_WITH:${w.m}->${w.x} 1 []`,
      `AFFILIATED_WITH:${w.s}->${w.m} 1 []`,
      // c1 is in because A stated it in the window.
      `CO_MENTIONED:${w.x}--${w.y} 1 [${w.c1}]`,
      `CO_MENTIONED:${w.x}--${w.z} 1 [${w.c2}]`,
      `PUBLISHED:${w.o}->${w.a} 1 [${w.c1}]`,
      `PUBLISHED:${w.o}->${w.s} 1 [${w.c2}]`,
      `STATED_ABOUT:${w.a}->${w.x} 1 [${w.c1}]`,
      `STATED_ABOUT:${w.a}->${w.y} 1 [${w.c1}]`,
      `STATED_ABOUT:${w.s}->${w.x} 1 [${w.c2}]`,
      `STATED_ABOUT:${w.s}->${w.z} 1 [${w.c2}]`,
    ]);
  });

  test('edge claims(first) cuts each edge\'s list; all edges of a response cost one query together', async () => {
    const w = await world();
    const one = await graph({ ids: [w.s], first: 1 });
    expect(one.edges.find((e) => e.type === 'PUBLISHED')!.claims).toEqual([{ id: w.c2 }]);

    const withoutClaims = `query($ids: [ID!]!) { entityGraph(ids: $ids, depth: 2) { edges { id } } }`;
    const withClaims = `query($ids: [ID!]!) { entityGraph(ids: $ids, depth: 2) { edges { id claims { id text } } } }`;
    let before = server.db.queryCount;
    await server.query(withoutClaims, { ids: [w.s] });
    const plain = server.db.queryCount - before;
    before = server.db.queryCount;
    const data = await server.query(withClaims, { ids: [w.s] });
    expect(server.db.queryCount - before).toBe(plain + 1);
    expect(data.entityGraph.edges.length).toBeGreaterThan(5);
  });

  test('an id resolved into another entity at ingest finds that entity\'s graph', async () => {
    const w = await world();
    const again = new BundleBuilder('graph-alias', { publishedAt: '2031-06-01T00:00:00Z' });
    const alias = again.entity('same-s', { name: w.b.name('s'), kind: 'PERSON' });
    again.attribution({ claim: again.claim('c5', undefined, [w.x]), speaker: alias });
    const result = await again.ingest(server);
    expect(result.resolvedEntities).toEqual([{ bundleId: alias, resolvedId: w.s, resolution: 'NAME' }]);

    const g = await graph({ ids: [alias] });
    expect(g.nodes[0]).toMatchObject({ id: w.s, weight: 3 });
    expect(g.edges.find((e) => e.id === `STATED_ABOUT:${w.s}->${w.x}`)!.weight).toBe(3);
    // The same entity twice (by its id and an alias) is one seed.
    expect((await graph({ ids: [w.s, alias] })).nodes.filter((n) => n.id === w.s)).toHaveLength(1);
  });
});

describe('entityGraph on the seed dataset', () => {
  // The seed's statements are all of 2022-11-21; the window keeps other tests' data out.
  const SEED_DAY = { after: '2022-11-21', before: '2022-11-22' };

  test('Iran at depth 1: Russia, Ukraine and the Shahed-136 with their weights, anonymous sources marked', async () => {
    const g = await graph({ ids: ['iran'], ...SEED_DAY });
    expect(g.truncated).toBe(false);
    const seedNodes = g.nodes.filter((n) => !n.id.startsWith('t-'));
    expect(seedNodes.map((n) => `${n.id}:${n.weight}`)).toEqual([
      'iran:27', 'russia:25', 'ukraine:11', 'cnn:10', 'source-familiar-with-assessment:9', 'adrienne-watson:4', 'shahed-136:4',
      'hossein-amirabdollahian:2', 'kyiv:2', 'united-states:2', 'us-officials:2', 'iran-un-mission:1', 'other-outlets:1',
      'some-western-countries:1', 'ukrainian-authorities:1', 'washington-post:1', 'tehran:0',
    ]);
    expect(g.nodes.find((n) => n.id === 'shahed-136')).toEqual({ id: 'shahed-136', label: 'Shahed-136', kind: 'WEAPON_SYSTEM', anonymous: false, weight: 4 });
    expect(seedNodes.filter((n) => n.anonymous).map((n) => n.id).sort()).toEqual(
      ['other-outlets', 'some-western-countries', 'source-familiar-with-assessment', 'ukrainian-authorities', 'us-officials'],
    );
    // The unnamed country's only statement is in an undated assessment: outside any window.
    expect(g.nodes.map((n) => n.id)).not.toContain('country-monitoring-iran-weapons');
  });

  test('seed edges of every type, with their weights and claims', async () => {
    const g = await graph({ ids: ['iran'], first: 3, ...SEED_DAY });
    const edge = (id: string) => g.edges.find((e) => e.id === id);
    expect(edge('CO_MENTIONED:iran--russia')!.weight).toBe(22);
    expect(edge('CO_MENTIONED:iran--shahed-136')).toMatchObject({ source: 'iran', target: 'shahed-136', type: 'CO_MENTIONED', weight: 4 });
    expect(edge('STATED_ABOUT:us-officials->russia')).toMatchObject({
      weight: 2,
      claims: [{ id: 'claim-iranian-drones-deadly-effect-in-ukraine' }, { id: 'claim-russia-received-hundreds-of-iranian-drones' }],
    });
    expect(edge('STATED_ABOUT:hossein-amirabdollahian->iran')!.weight).toBe(2);
    expect(edge('PUBLISHED:cnn->source-familiar-with-assessment')).toMatchObject({ weight: 9 });
    expect(edge('PUBLISHED:cnn->source-familiar-with-assessment')!.claims).toHaveLength(3);
    expect(edge('PUBLISHED:cnn->washington-post')!.claims).toEqual([{ id: 'claim-iran-russia-drone-production-agreement' }]);
    expect(edge('AFFILIATED_WITH:hossein-amirabdollahian->iran')).toMatchObject({ weight: 1, claims: [] });
    expect(edge('AFFILIATED_WITH:tehran->iran')).toMatchObject({ weight: 1, claims: [] });
    // No self-links: Iran's own statement about Iran is in its weight, not an edge.
    expect(g.edges.filter((e) => e.source === e.target)).toEqual([]);
  });

  test('without a window the undated intelligence assessment links its unnamed author', async () => {
    const g = await graph({ ids: ['iran'] });
    expect(g.nodes.find((n) => n.id === 'country-monitoring-iran-weapons')).toMatchObject({ anonymous: true, kind: 'COUNTRY' });
    expect(g.edges.find((e) => e.id === 'STATED_ABOUT:country-monitoring-iran-weapons->iran')).toMatchObject({
      claims: [{ id: 'claim-iran-russia-drone-production-agreement' }],
    });
  });
});

describe('entityGraph validation', () => {
  test.each([
    ['no ids', { ids: [] }, 'ids', 'must list at least one entity id'],
    ['51 ids', { ids: Array.from({ length: 51 }, (_, i) => `e${i}`) }, 'ids', 'may list at most 50 ids; got 51'],
    ['depth 0', { ids: ['iran'], depth: 0 }, 'depth', 'must be between 1 and 3; got 0'],
    ['depth 4', { ids: ['iran'], depth: 4 }, 'depth', 'must be between 1 and 3; got 4'],
    ['limit 0', { ids: ['iran'], limit: 0 }, 'limit', 'must be between 1 and 1000; got 0'],
    ['limit 1001', { ids: ['iran'], limit: 1001 }, 'limit', 'must be between 1 and 1000; got 1001'],
    ['dates out of order', { ids: ['iran'], after: '2022-11-22', before: '2022-11-21' }, 'statedBefore', 'must be later than statedAfter (2022-11-22T00:00:00.000Z); got 2022-11-21T00:00:00.000Z'],
    ['claims(first: 0)', { ids: ['iran'], first: 0 }, 'claims.first', 'must be between 1 and 100; got 0'],
  ])('%s is BAD_USER_INPUT with the path', async (_name, vars, path, message) => {
    // Edge claims only where they are the point: 1001 nodes with 10 claims per edge would exceed the
    // request cost limit before the arguments are even looked at.
    const query = path === 'claims.first' ? GRAPH : GRAPH.replace(' claims(first: $first) { id }', '').replace(', $first: Int', '');
    const r = await server.gql(query, vars);
    expect(errorCodes(r)).toContain('BAD_USER_INPUT');
    expect(r.errors![0].extensions.problems).toEqual([{ path, message }]);
  });

  test('an unknown id is BAD_USER_INPUT naming it and its position', async () => {
    const r = await server.gql(GRAPH, { ids: ['iran', 't-no-such-entity-anywhere'] });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions.problems).toEqual([{ path: 'ids[1]', id: 't-no-such-entity-anywhere', message: 'no entity has this id' }]);
    expect(r.errors![0].message).toBe('ids[1]: no entity has this id');
  });
});
