import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDataset, type Manifest } from '../../bench/generator/dataset';
import { NdjsonSink } from '../../bench/generator/ndjsonSink';
import { BulkBatchRejected } from '../../src/bulk/bulkFormat';
import { importDataset } from '../../src/bulk/bulkImport';
import { BulkRepository } from '../../src/bulk/bulkRepository';
import { ingest } from '../support/fixtures';
import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/**
 * `npm run import`: a generated dataset imported in batches makes the graph `ingestDocument` makes,
 * so every API query works on it; bad lines are refused with file, line and field, and nothing of
 * their batch is written; an interrupted import resumes where it stopped.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

const quiet = { isTTY: false, write: () => true };
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bulk-'));
const writeLines = (dir: string, file: string, rows: unknown[]) => fs.writeFileSync(path.join(dir, file), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
const run = (dir: string, batchSize = 1000, restart = false) => importDataset(new BulkRepository(server.db), dir, { batchSize, target: 'tests', out: quiet, log: () => undefined, restart });

function generated(claims: number): { dir: string; manifest: Manifest } {
  const dir = tmp();
  const sink = new NdjsonSink(dir);
  const manifest = generateDataset({ claims, seed: 11, prefix: uniqueId('gen') }, sink);
  sink.close();
  return { dir, manifest };
}

async function countWithPrefix(label: string, prefix: string): Promise<number> {
  const [row] = await server.cypher(`MATCH (n:${label}) WHERE n.id STARTS WITH $p RETURN count(n) AS n`, { p: `${prefix}-` });
  return row.n as number;
}

describe('a generated dataset, imported, answers the API', () => {
  let m: Manifest;
  beforeAll(async () => {
    const g = generated(300);
    m = g.manifest;
    const summary = await run(g.dir);
    expect(summary.rows).toBeGreaterThan(m.counts.claims + m.counts.attributions);
  });

  test('every line became a node', async () => {
    expect(await countWithPrefix('Entity', m.prefix)).toBe(m.counts.entities);
    expect(await countWithPrefix('Document', m.prefix)).toBe(m.counts.documents);
    expect(await countWithPrefix('Claim', m.prefix)).toBe(m.counts.claims);
    expect(await countWithPrefix('Attribution', m.prefix)).toBe(m.counts.attributions);
  });

  test('claim(id) gives attributions, speakers, documents and a four-hop chain', async () => {
    const data = await server.query(`query($id: ID!) { claim(id: $id) { id attributions { id speaker { id } document { publisher { id } } chain { id } } speakers { id } } }`, { id: m.targets.chainClaim });
    const chains = data.claim.attributions.map((a: any) => a.chain.length);
    expect(Math.max(...chains)).toBe(4);
    for (const a of data.claim.attributions) expect(a.document.publisher.id.startsWith(m.prefix)).toBe(true);
    expect(data.claim.speakers.length).toBeGreaterThan(0);
  });

  test('claims(saidBy) and claimsAbout count what the graph holds', async () => {
    const [said] = await server.cypher('MATCH (:Entity {id: $id})<-[:SAID_BY]-(:Attribution)-[:ATTRIBUTES]->(c:Claim) RETURN count(DISTINCT c) AS n', { id: m.targets.busiestSpeaker });
    const [about] = await server.cypher('MATCH (:Entity {id: $id})<-[:ABOUT]-(c:Claim) RETURN count(c) AS n', { id: m.targets.busiestSubject });
    const data = await server.query(`query($s: [ID!], $e: ID!) { claims(filter: { saidBy: $s }, first: 5) { totalCount edges { node { id } } }
      entity(id: $e) { claimsAbout(first: 5) { totalCount edges { node { id } } } } }`, { s: [m.targets.busiestSpeaker], e: m.targets.busiestSubject });
    expect(data.claims.totalCount).toBe(said.n);
    expect(data.claims.edges).toHaveLength(5);
    expect(data.entity.claimsAbout.totalCount).toBe(about.n);
  });

  test('search finds the rare name and the re-reported claim has one origin per independent source', async () => {
    const hits = await server.query(`query($t: String!) { search(text: $t, first: 10) { matchedField node { ... on Entity { id } ... on Claim { id } } } }`, { t: m.targets.rareTerm });
    expect(hits.search.map((h: any) => h.matchedField)).toEqual(expect.arrayContaining(['ENTITY_NAME', 'CLAIM_TEXT']));
    const data = await server.query(`query($id: ID!) { claim(id: $id) { origins { speaker { id } } independentOrigins outlets { id } } }`, { id: m.targets.reReportedClaim });
    const floor = fs.readFileSync(path.resolve(__dirname, '../../bench/floor/provenance.cypher'), 'utf8');
    const [row] = await server.cypher(floor, { id: m.targets.reReportedClaim });
    expect(data.claim.independentOrigins).toBe(row.independentOrigins);
    expect(data.claim.outlets.map((o: any) => o.id).sort()).toEqual((row.outlets as { id: string }[]).map((o) => o.id).sort());
    // Many outlets re-reported it, but the relay rule sends them back to fewer origins.
    expect(data.claim.outlets.length).toBeGreaterThan(data.claim.independentOrigins);
  });
});

/** The same items through ingestDocument and through the bulk import, under two prefixes. */
function bundle(p: string) {
  return {
    document: { id: `${p}-doc`, title: 'Port report', url: 'https://example.org/r', kind: 'NEWS_ARTICLE', publishedAt: '2023-03-14T08:00:00Z', language: 'en', publisher: `${p}-outlet`, authors: [`${p}-writer`] },
    documents: [{ id: `${p}-assessment`, title: 'Assessment', kind: 'INTELLIGENCE_ASSESSMENT', publisher: `${p}-country` }],
    entities: [
      { id: `${p}-outlet`, name: `Harbour Gazette ${p}`, kind: 'ORGANIZATION', aliases: [`HG ${p}`] },
      { id: `${p}-writer`, name: `Ana Writer ${p}`, kind: 'PERSON' },
      { id: `${p}-country`, name: `Ruritania ${p}`, kind: 'COUNTRY', wikidataId: null },
      { id: `${p}-source`, name: `Officials ${p}`, kind: 'GROUP', anonymous: true, description: 'officials familiar with it', affiliations: [{ entity: `${p}-country`, role: 'Spokesperson', since: '2020-01-01' }] },
    ],
    claims: [
      { id: `${p}-c1`, text: `The port reopens ${p}.`, about: [`${p}-country`] },
      { id: `${p}-c2`, text: `The port will reopen ${p}.`, about: [] },
    ],
    attributions: [
      { id: `${p}-a0`, claim: `${p}-c1`, speaker: `${p}-country`, document: `${p}-assessment`, mode: 'PARAPHRASE', stance: 'ASSERTS', statedAt: '2023-03-10', basis: `${p}-assessment` },
      { id: `${p}-a1`, claim: `${p}-c1`, speaker: `${p}-source`, mode: 'DIRECT_QUOTE', stance: 'ASSERTS', cue: 'said', quote: 'it reopens', via: `${p}-a0` },
      { id: `${p}-a2`, claim: `${p}-c2`, speaker: `${p}-outlet`, mode: 'REPORTED', stance: 'QUESTIONS', firstReport: true },
    ],
    relations: [{ from: `${p}-c2`, type: 'SAME_AS', to: `${p}-c1` }],
  };
}

async function shape(p: string) {
  const rows = await server.cypher(`MATCH (n) WHERE n.id STARTS WITH $p
    RETURN labels(n) AS labels, n {.*, createdAt: n.createdAt IS NOT NULL, updatedAt: n.updatedAt IS NOT NULL} AS props,
           COLLECT { MATCH (n)-[r]->(m) RETURN {type: type(r), props: properties(r), to: m.id} AS x ORDER BY type(r), m.id } AS out
    ORDER BY n.id`, { p: `${p}-` });
  // Ids and names carry the prefix; name keys carry it normalised (lower case, letters and digits only).
  return JSON.parse(JSON.stringify(rows).split(p).join('P').split(p.toLowerCase().replace(/[^a-z0-9]/g, '')).join('p'));
}

test('the bulk import makes exactly the graph ingestDocument makes', async () => {
  const viaApi = uniqueId('shape-api');
  const viaBulk = uniqueId('shape-bulk');
  await ingest(server, bundle(viaApi));
  const b = bundle(viaBulk);
  const dir = tmp();
  writeLines(dir, 'entities.ndjson', b.entities);
  writeLines(dir, 'documents.ndjson', [b.document, ...b.documents]);
  writeLines(dir, 'claims.ndjson', b.claims);
  writeLines(dir, 'attributions.ndjson', b.attributions.map((a) => ({ document: b.document.id, ...a })));
  writeLines(dir, 'relations.ndjson', b.relations);
  await run(dir);
  const expected = await shape(viaApi);
  expect(expected.length).toBe(11);
  expect(await shape(viaBulk)).toEqual(expected);
});

/** The bundle as a bulk folder (attributions name their document: a bulk line has no bundle document). */
function writeBundle(dir: string, b: ReturnType<typeof bundle>): void {
  writeLines(dir, 'entities.ndjson', b.entities);
  writeLines(dir, 'documents.ndjson', [b.document, ...b.documents]);
  writeLines(dir, 'claims.ndjson', b.claims);
  writeLines(dir, 'attributions.ndjson', b.attributions.map((a) => ({ document: b.document.id, ...a })));
  writeLines(dir, 'relations.ndjson', b.relations);
}

/** The bundle with one change per kind of item, as an analyst's corrected re-import would make. */
function corrected(p: string) {
  const b = bundle(p);
  b.entities[1] = { ...b.entities[1], aliases: [`A. Writer ${p}`] } as (typeof b.entities)[number];
  b.documents[0] = { ...b.documents[0], title: 'Assessment, revised' };
  b.claims[1] = { ...b.claims[1], about: [`${p}-outlet`] };
  b.attributions[2] = { ...b.attributions[2], stance: 'DENIES' };
  return b;
}

async function updatedAt(p: string): Promise<Record<string, string>> {
  const rows = await server.cypher('MATCH (n) WHERE n.id STARTS WITH $p RETURN n.id AS id, toString(n.updatedAt) AS at', { p: `${p}-` });
  return Object.fromEntries(rows.map((r) => [r.id as string, r.at as string]));
}

test('re-imported rows that exist go through the ingest upserts: the graph a re-ingest makes, updatedAt moving only on change', async () => {
  const viaApi = uniqueId('again-api');
  const viaBulk = uniqueId('again-bulk');
  await ingest(server, bundle(viaApi));
  await ingest(server, corrected(viaApi));
  const dir = tmp();
  writeBundle(dir, bundle(viaBulk));
  await run(dir);
  const first = await updatedAt(viaBulk);
  expect(Object.keys(first)).toHaveLength(11);

  // The same lines again: every id exists, nothing changes, no timestamp moves.
  const replay = await run(dir, 1000, true);
  expect(replay.steps.find((s) => s.step === 'attributions')!.rows).toBe(3);
  expect(await updatedAt(viaBulk)).toEqual(first);

  writeBundle(dir, corrected(viaBulk));
  await run(dir, 1000, true);
  expect(await shape(viaBulk)).toEqual(await shape(viaApi));
  const after = await updatedAt(viaBulk);
  const moved = Object.keys(after).filter((id) => after[id] !== first[id]).map((id) => id.slice(viaBulk.length + 1)).sort();
  expect(moved).toEqual(['a2', 'assessment', 'c2', 'writer']);
});

test('bad lines are refused with file, line and field, and nothing of their batch is written', async () => {
  const p = uniqueId('bad');
  const b = bundle(p);
  const dir = tmp();
  writeLines(dir, 'entities.ndjson', b.entities);
  writeLines(dir, 'documents.ndjson', [b.document, ...b.documents]);
  writeLines(dir, 'claims.ndjson', b.claims);
  writeLines(dir, 'attributions.ndjson', [
    { ...b.attributions[2] },
    { ...b.attributions[1], document: b.document.id, mode: 'SHOUTED' },
  ]);
  const error = await run(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BulkBatchRejected);
  expect((error as BulkBatchRejected).problems.map((x) => `${x.file}:${x.line}:${x.field}`)).toEqual(['attributions.ndjson:1:document', 'attributions.ndjson:2:mode']);
  expect(await countWithPrefix('Attribution', p)).toBe(0);
  expect(await countWithPrefix('Claim', p)).toBe(2);

  // The ingest's rules: a quote only on a DIRECT_QUOTE.
  writeLines(dir, 'attributions.ndjson', [{ ...b.attributions[0], document: b.document.id }, { ...b.attributions[2], document: b.document.id, quote: 'not a quote' }]);
  const rule = (await run(dir).catch((e: unknown) => e)) as BulkBatchRejected;
  expect(rule.problems.map((x) => [x.line, x.field, x.id])).toEqual([[2, 'quote', `${p}-a2`]]);

  // References into the graph, checked in the batch's transaction: still nothing of the batch is written.
  writeLines(dir, 'attributions.ndjson', [{ ...b.attributions[0], document: b.document.id }, { ...b.attributions[2], id: `${p}-a3`, document: b.document.id, speaker: `${p}-nobody` }]);
  const unknown = (await run(dir).catch((e: unknown) => e)) as BulkBatchRejected;
  expect(unknown.problems.map((x) => [x.line, x.field, x.message])).toEqual([[2, 'speaker', `unknown entity id "${p}-nobody": it is neither in entities.ndjson nor in the graph`]]);
  expect(await countWithPrefix('Attribution', p)).toBe(0);
});

test('an interrupted import resumes after the last committed batch', async () => {
  const g = generated(700);
  const file = path.join(g.dir, 'attributions.ndjson');
  const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
  expect(lines.length).toBeGreaterThan(1100);
  const good = lines[1049];
  lines[1049] = good.replace('"stance":"', '"stance":"X');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  const error = (await run(g.dir).catch((e: unknown) => e)) as BulkBatchRejected;
  expect(error.problems.map((x) => `${x.line}:${x.field}`)).toEqual(['1050:stance']);
  expect(await countWithPrefix('Attribution', g.manifest.prefix)).toBe(1000);

  lines[1049] = good;
  fs.writeFileSync(file, lines.join('\n') + '\n');
  const resumed = await run(g.dir);
  expect(resumed.resumed).toBe(true);
  expect(resumed.steps.find((s) => s.step === 'claims')!.rows).toBe(0);
  expect(resumed.steps.find((s) => s.step === 'attributions')!.rows).toBe(lines.length - 1000);
  expect(await countWithPrefix('Attribution', g.manifest.prefix)).toBe(g.manifest.counts.attributions);
});
