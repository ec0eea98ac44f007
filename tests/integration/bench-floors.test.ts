import path from 'node:path';
import type { Manifest } from '../../bench/generator/dataset';
import { OPERATIONS, type Targets } from '../../bench/operations';
import { readCypher } from '../../bench/profile';
import { importGeneratedDataset } from '../support/generatedDataset';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * The benchmark compares each operation with its floor: "the best single hand-written Cypher
 * returning the same data". That comparison means something only if the floor does return the same
 * data, so this checks it on a small generated dataset: the ids, counts and order each side returns.
 */
let server: TestServer;
let m: Manifest;
let targets: Targets;
beforeAll(async () => {
  server = await startTestServer();
  m = await importGeneratedDataset(server, 300, 11, 'fl');
  // The deep page: the busiest speaker's fifth claim, as the benchmark picks it.
  const [first] = await server.cypher(readCypher(path.resolve(__dirname, '../../bench/floor'), 'claims-by-speaker'), { speakerId: m.targets.busiestSpeaker, afterKey: null, afterId: null, limit: 5 });
  const page = first.page as { key: number; id: string }[];
  targets = { ...m.targets, deep: { key: page[4].key, id: page[4].id, position: 4 } };
});
afterAll(async () => server.close());

type Json = any;
const ids = (xs: Json[]) => xs.map((x) => x.id);
const sorted = (xs: string[]) => [...xs].sort();

/** What each side returns, reduced to the same comparable shape. */
const SAME: Record<string, { api: (d: Json) => Json; floor: (rows: Json[]) => Json }> = {
  '0': { api: (d) => ({ answered: d.health === 'ok' }), floor: ([r]) => ({ answered: r.one === 1 }) },
  '1': {
    api: (d) => ({
      attributions: d.claim.attributions.map((a: Json) => [a.id, a.speaker.id, a.document.id, a.document.publisher?.id ?? null, ids(a.chain), a.chain.map((h: Json) => h.speaker.id)]),
      speakers: ids(d.claim.speakers),
    }),
    floor: ([r]) => ({
      attributions: r.claim.attributions.map((a: Json) => [a.id, a.speaker.id, a.document.id, a.document.publisher?.id ?? null, ids(a.chain), a.chain.map((h: Json) => h.speaker.id)]),
      speakers: ids(r.claim.speakers),
    }),
  },
  '2a': { api: (d) => [d.claims.totalCount, d.claims.edges.map((e: Json) => e.node.id)], floor: ([r]) => [r.total, r.page.slice(0, 20).map((p: Json) => p.id)] },
  '2b': { api: (d) => [d.claims.totalCount, d.claims.edges.map((e: Json) => e.node.id)], floor: ([r]) => [r.total, r.page.slice(0, 20).map((p: Json) => p.id)] },
  '3': { api: (d) => [d.entity.claimsAbout.totalCount, d.entity.claimsAbout.edges.map((e: Json) => e.node.id)], floor: ([r]) => [r.total, r.page.slice(0, 20).map((p: Json) => p.id)] },
  '4a': { api: (d) => sorted(d.search.map((h: Json) => h.node.id)), floor: (rows) => sorted(rows.map((r) => r.node.id)) },
  '4b': { api: (d) => sorted(d.search.map((h: Json) => h.node.id)), floor: (rows) => sorted(rows.map((r) => r.node.id)) },
  '5': {
    api: (d) => [sorted(ids(d.claim.origins)), d.claim.independentOrigins, sorted(ids(d.claim.outlets))],
    floor: ([r]) => [sorted(ids(r.origins)), r.independentOrigins, sorted(ids(r.outlets))],
  },
  '6': {
    api: (d) => [d.entityGraph.nodes.map((n: Json) => [n.id, n.weight]), d.entityGraph.edges.map((e: Json) => [e.type, e.source, e.target, e.weight])],
    floor: ([r]) => [r.nodes.map((n: Json) => [n.id, n.weight]), r.edges.map((e: Json) => [e.type, e.source, e.target, e.weight])],
  },
};

test.each(OPERATIONS.map((op) => [op.key, op.title, op] as const))('operation %s (%s): the floor returns the data the API returns', async (key, _title, op) => {
  const api = await server.query(op.query, op.variables(targets));
  const rows = await server.cypher(readCypher(path.resolve(__dirname, '../../bench/floor'), op.floor), op.floorParams(targets));
  const same = SAME[key];
  expect(same).toBeDefined();
  const fromApi = same.api(api);
  expect(JSON.stringify(fromApi).length).toBeGreaterThan(10); // something to compare
  if (key === '6') {
    // The API orders nodes by the expansion (seeds, then each hop heaviest first); compare as sets.
    const [apiNodes, apiEdges] = fromApi;
    const [floorNodes, floorEdges] = same.floor(rows);
    expect([...floorNodes].sort()).toEqual([...apiNodes].sort());
    expect(floorEdges).toEqual(apiEdges);
  } else {
    expect(same.floor(rows)).toEqual(fromApi);
  }
});
