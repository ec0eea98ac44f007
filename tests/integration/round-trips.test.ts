import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kind, parse, visit } from 'graphql';
import { generateDataset, type Manifest } from '../../bench/generator/dataset';
import { NdjsonSink } from '../../bench/generator/ndjsonSink';
import { OPERATIONS, type Targets } from '../../bench/operations';
import { importDataset } from '../../src/bulk/bulkImport';
import { BulkRepository } from '../../src/bulk/bulkRepository';
import { Database } from '../../src/db/database';
import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-round-trips-'));
  const sink = new NdjsonSink(dir);
  m = generateDataset({ claims: 200, seed: 5, prefix: uniqueId('rt') }, sink);
  sink.close();
  await importDataset(new BulkRepository(server.db), dir, { batchSize: 1000, target: 'tests', out: { write: () => true }, log: () => undefined });
});
afterAll(async () => server.close());

/** Fields that have a selection set: the levels of data a request asks for. */
function levels(query: string): number {
  let n = 0;
  visit(parse(query), { Field: (node) => { if (node.selectionSet && node.selectionSet.selections.some((s) => s.kind === Kind.FIELD || s.kind === Kind.INLINE_FRAGMENT)) n += 1; } });
  return n;
}

/** The queries one request sends, by name, in order. */
async function roundTrips(query: string, variables: Record<string, unknown>): Promise<string[]> {
  const names: string[] = [];
  const wrap = (Database.prototype as any).wrap;
  const spy = jest.spyOn(Database.prototype as any, 'wrap').mockImplementation(function (this: Database, tx: unknown) {
    const inner = wrap.call(this, tx);
    return { run: (name: string, params?: Record<string, unknown>) => (names.push(name), inner.run(name, params)) };
  });
  try {
    await server.query(query, variables);
  } finally {
    spy.mockRestore();
  }
  return names;
}

/** Names sent more than once: a query per row (or per batch of a too-small DataLoader). */
const repeated = (names: string[]) => names.filter((n, i) => names.indexOf(n) !== i);

const targets = (): Targets => ({ ...m.targets, deep: { key: 0, id: m.targets.chainClaim, position: 0 } });

describe.each(OPERATIONS.map((op) => [op.key, op.title, op] as const))('operation %s: %s', (_key, _title, op) => {
  test('costs at most one query per level of the selection, none per row', async () => {
    const queries = await roundTrips(op.query, op.variables(targets()));
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.length).toBeLessThanOrEqual(levels(op.query));
    // A loader may serve several levels (the entity loader: speakers, then publishers); no other query repeats.
    expect(repeated(queries).filter((n) => !['entities-by-ids', 'documents-by-ids'].includes(n))).toEqual([]);
  });
});

test('operation 6, entityGraph, when the schema has it: one query per level, plus one per expansion hop (depth 2)', async () => {
  const query = `query($ids: [ID!]!) { entityGraph(ids: $ids, depth: 2) { nodes { id label weight } edges { id source target type weight claims(first: 3) { id } } truncated } }`;
  const probe = await server.gql(query, { ids: [m.targets.busiestSubject] });
  if (probe.errors?.some((e) => /Cannot query field "entityGraph"/.test(e.message))) return;
  const queries = await roundTrips(query, { ids: [m.targets.busiestSubject] });
  expect(queries.length).toBeLessThanOrEqual(levels(query) + 2);
  expect(repeated(queries).filter((n) => !/hop/.test(n))).toEqual([]);
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
