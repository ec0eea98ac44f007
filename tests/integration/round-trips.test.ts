import { Kind, parse, visit } from 'graphql';
import type { Manifest } from '../../bench/generator/dataset';
import { OPERATIONS, type Targets } from '../../bench/operations';
import { importGeneratedDataset } from '../support/generatedDataset';
import { queriesSentBy } from '../support/queryLog';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * Issue 6: no operation issues more than one Cypher round trip per level of the GraphQL selection.
 * Counted with the database's query counter: a request may cost at most one query for each field
 * that has a selection (each field's rows are fetched for all its parents at once, by a DataLoader
 * or within its parent's query), however many rows each level holds. A query per row (N+1) breaks
 * the bound as soon as a list holds a few rows, which the list variants below make sure of.
 */
let server: TestServer;
let m: Manifest;
beforeAll(async () => {
  server = await startTestServer();
  m = await importGeneratedDataset(server, 200, 5, 'rt');
});
afterAll(async () => server.close());

/** Fields that have a selection set: the levels of data a request asks for. */
function levels(query: string): number {
  let n = 0;
  visit(parse(query), { Field: (node) => { if (node.selectionSet && node.selectionSet.selections.some((s) => s.kind === Kind.FIELD || s.kind === Kind.INLINE_FRAGMENT)) n += 1; } });
  return n;
}

/** The queries one request sends, by name, in order (the per-request API key check left out). */
async function roundTrips(query: string, variables: Record<string, unknown>): Promise<string[]> {
  return (await queriesSentBy(() => server.query(query, variables))).names;
}

/** Names sent more than once: a query per row (or per batch of a too-small DataLoader). */
const repeated = (names: string[]) => names.filter((n, i) => names.indexOf(n) !== i);

const targets = (): Targets => ({ ...m.targets, deep: { key: 0, id: m.targets.chainClaim, position: 0 } });

// Operation 0 is the benchmark's reference (`{ health }`, no Cypher at all).
describe.each(OPERATIONS.filter((op) => op.key !== '0').map((op) => [op.key, op.title, op] as const))('operation %s: %s', (_key, _title, op) => {
  test('costs at most one query per level of the selection, none per row', async () => {
    const queries = await roundTrips(op.query, op.variables(targets()));
    expect(queries.length).toBeGreaterThan(0);
    // entityGraph's expansion is one query per hop (Cypher has no loop without APOC, and one statement
    // with the hops written out took 7-11 s to plan, past the 5 s read timeout): the one exception,
    // named in BENCHMARKS.md; depth 2 adds one query.
    const hopAllowance = op.key === '6' ? 1 : 0;
    expect(queries.length).toBeLessThanOrEqual(levels(op.query) + hopAllowance);
    // A loader may serve several levels (the entity loader: speakers, then publishers), and the graph
    // hops repeat by design (above); no other query repeats.
    expect(repeated(queries).filter((n) => !['entities-by-ids', 'documents-by-ids', 'entity-graph-hop'].includes(n))).toEqual([]);
  });
});

test('entityGraph: one query per level, plus one per expansion hop after the first', async () => {
  for (const depth of [1, 2, 3]) {
    const query = `query($ids: [ID!]!) { entityGraph(ids: $ids, depth: ${depth}) { nodes { id label weight } edges { id source target type weight claims(first: 3) { id } } truncated } }`;
    const queries = await roundTrips(query, { ids: [m.targets.busiestSubject] });
    const hops = queries.filter((n) => n === 'entity-graph-hop').length;
    expect(hops).toBeGreaterThanOrEqual(1);
    expect(hops).toBeLessThanOrEqual(depth);
    expect(queries.filter((n) => n !== 'entity-graph-hop')).toEqual(['entities-by-ids', 'entity-graph-view', 'entity-graph-edge-claims']);
  }
});

test('a list of entities costs no query per entity: statements and claimsAbout are batched', async () => {
  const query = `query($first: Int) { entities(filter: { kind: PERSON }, first: $first) { edges { node { id
    statements(first: 3) { totalCount edges { node { id claim { id } speaker { id } } } }
    claimsAbout(first: 3) { totalCount edges { node { id speakers { id } } } } } } } }`;
  const queries = await roundTrips(query, { first: 10 });
  expect(queries.filter((n) => n === 'entity-statements-pages')).toHaveLength(1);
  expect(queries.filter((n) => n === 'claims-about-pages')).toHaveLength(1);
  expect(repeated(queries)).toEqual([]);
  expect(queries.length).toBeLessThanOrEqual(levels(query));
});

test('a list of claims costs no query per claim, with chains and provenance', async () => {
  const query = `query($s: [ID!], $first: Int) { claims(filter: { saidBy: $s }, first: $first) { edges { node { id
    attributions { id speaker { id affiliations { entity { id } } } document { id publisher { id } } chain { id speaker { id } } }
    origins { id speaker { id } } independentOrigins outlets { id } sameAsCluster { id } firstReportedBy { id } related { claim { id } } } } } }`;
  const queries = await roundTrips(query, { s: [m.targets.busiestSpeaker], first: 8 });
  expect(queries.length).toBeLessThanOrEqual(levels(query));
  // The entity loader serves three levels (speakers, then publishers and chain speakers, then affiliated entities).
  expect(repeated(queries).filter((n) => n !== 'entities-by-ids')).toEqual([]);
});
