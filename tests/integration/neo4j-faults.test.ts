import { ApiKeyRepository } from '../../src/auth/apiKeyRepository';
import { ApiKeyService } from '../../src/auth/apiKeyService';
import { localProcess } from '../../src/auth/roles';
import { Database } from '../../src/db/database';
import { IngestRepository } from '../../src/ingest/ingestRepository';
import { IngestService } from '../../src/ingest/ingestService';
import { createApp, type App } from '../../src/server/app';
import { createLogger } from '../../src/server/logger';
import { startPrivateNeo4j, type PrivateNeo4j } from '../support/privateNeo4j';
import { uniqueId } from '../support/testServer';

/**
 * Faults of Neo4j itself, on a Neo4j of this file's own (tests/support/privateNeo4j.ts): stopped
 * while the API serves, and killed (SIGKILL) in the middle of a multi-bundle ingest. The shared test
 * Neo4j is never touched. Each test starts from a running Neo4j, whatever the previous one left.
 */
jest.setTimeout(240_000);

const READ_TIMEOUT_MS = 5_000;
const SLACK_MS = 2_500;

let neo: PrivateNeo4j;
let db: Database;
let app: App;
let url: string;
let editorKey: string;

beforeAll(async () => {
  neo = await startPrivateNeo4j();
  db = Database.connect({ uri: neo.uri }, { readTimeoutMs: READ_TIMEOUT_MS });
  app = await createApp(db, { logger: createLogger('silent') });
  url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  editorKey = (await new ApiKeyService(new ApiKeyRepository(db), localProcess('test:faults')).create({ name: 'faults editor', role: 'EDITOR' })).secret;
});
beforeEach(async () => {
  if (!neo.running) await neo.restart();
});
afterAll(async () => {
  await app?.stop();
  await db?.close();
  await neo?.dispose();
});

async function gql(query: string, variables: Record<string, unknown> = {}, key?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  const started = Date.now();
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: any[] };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), elapsed: Date.now() - started, ...body };
}

/** A bundle of `size` statements, each by its own speaker about its own claim, published by a shared outlet. */
function bundle(prefix: string, i: number, size: number) {
  const p = `${prefix}-b${i}`;
  return {
    document: { id: `${p}-doc`, title: `Bundle ${i}`, kind: 'NEWS_ARTICLE', publishedAt: '2024-01-01', publisher: `${prefix}-outlet` },
    entities: [
      { id: `${prefix}-outlet`, name: `Outlet ${prefix}`, kind: 'ORGANIZATION' },
      ...Array.from({ length: size }, (_, j) => ({ id: `${p}-e${j}`, name: `Speaker ${p}-e${j}`, kind: 'PERSON' })),
    ],
    claims: Array.from({ length: size }, (_, j) => ({ id: `${p}-c${j}`, text: `Claim ${p}-c${j} holds.`, about: [`${p}-e${j}`] })),
    attributions: Array.from({ length: size }, (_, j) => ({ id: `${p}-a${j}`, claim: `${p}-c${j}`, speaker: `${p}-e${j}`, mode: 'PARAPHRASE', stance: 'ASSERTS', cue: 'said' })),
  };
}

const INGEST = 'mutation($input: DocumentBundleInput!) { ingestDocument(input: $input) { document { id } } }';

test('Neo4j down: /ready 503, GraphQL fails fast with DATABASE_UNAVAILABLE (503), and serves again by itself once Neo4j is back', async () => {
  const prefix = uniqueId('outage');
  const ingested = await gql(INGEST, { input: bundle(prefix, 0, 2) }, editorKey);
  expect(ingested.errors).toBeUndefined();
  const read = `{ entity(id: "${prefix}-b0-e1") { name } }`;
  expect((await gql(read)).data).toEqual({ entity: { name: `Speaker ${prefix}-b0-e1` } });

  await neo.stop();

  const ready = await fetch(`${url}/ready`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toMatchObject({ status: 'unavailable' });

  // The first request finds out (the driver retries for up to 2 s); none waits past the read timeout.
  for (let i = 0; i < 3; i += 1) {
    const r = await gql(read);
    expect(r.status).toBe(503);
    expect(r.retryAfter).toBe('5');
    expect(r.errors?.map((e) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(r.errors?.[0].message).toMatch(/Neo4j\) cannot be reached/);
    expect(r.elapsed).toBeLessThan(READ_TIMEOUT_MS + SLACK_MS);
    // Once the outage is known, requests fail at once: they do not queue behind the driver's retries.
    if (i > 0) expect(r.elapsed).toBeLessThan(1_500);
  }
  // A write, with its key (whose lookup is the first thing to fail), gets the same answer.
  const write = await gql(INGEST, { input: bundle(prefix, 1, 2) }, editorKey);
  expect(write.status).toBe(503);
  expect(write.errors?.map((e) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);
  expect(write.elapsed).toBeLessThan(READ_TIMEOUT_MS + SLACK_MS);

  await neo.restart();

  // Same app, same driver: nobody restarts the API.
  expect((await fetch(`${url}/ready`)).status).toBe(200);
  const again = await gql(read);
  expect(again.status).toBe(200);
  expect(again.data).toEqual({ entity: { name: `Speaker ${prefix}-b0-e1` } });
  const written = await gql(INGEST, { input: bundle(prefix, 1, 2) }, editorKey);
  expect(written.errors).toBeUndefined();
  expect(written.data.ingestDocument.document.id).toBe(`${prefix}-b1-doc`);
});

test('crash-safe ingest: Neo4j killed (SIGKILL) mid-ingest leaves each bundle entirely present or absent; re-running completes the set', async () => {
  const prefix = uniqueId('crash');
  const BUNDLES = 8;
  const SIZE = 40;
  const KILL_AFTER = 3;
  const bundles = Array.from({ length: BUNDLES }, (_, i) => bundle(prefix, i, SIZE));
  const service = new IngestService(new IngestRepository(db), localProcess('test:crash'));

  const acknowledged: number[] = [];
  let failedAt: number | undefined;
  for (let i = 0; i < BUNDLES; i += 1) {
    const ingesting = service.ingest(bundles[i]);
    if (i === KILL_AFTER) {
      // Kill while this bundle's transaction holds its locks (or, at worst, just after it ends).
      await waitForWriteInProgress(5_000);
      await neo.kill();
    }
    try {
      await ingesting;
      acknowledged.push(i);
    } catch {
      failedAt = i;
      break;
    }
  }
  expect(neo.running).toBe(false);
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(failedAt).toBeDefined();

  await neo.restart();

  const state = await bundleState(prefix, BUNDLES);
  const expected = { nodes: 1 + 3 * SIZE, attributes: SIZE, saidBy: SIZE, recordedIn: SIZE, about: SIZE, publishedBy: 1 };
  const absent = { nodes: 0, attributes: 0, saidBy: 0, recordedIn: 0, about: 0, publishedBy: 0 };
  state.forEach((s, i) => {
    // Acknowledged bundles survived the crash (durability); none is half there.
    if (acknowledged.includes(i)) expect(s).toEqual(expected);
    else expect([expected, absent]).toContainEqual(s);
  });
  // Bundles after the one in flight were never started.
  state.slice(failedAt! + 1).forEach((s) => expect(s).toEqual(absent));
  await expectNoDuplicatesOrOrphans(prefix);

  for (const b of bundles) await service.ingest(b);
  (await bundleState(prefix, BUNDLES)).forEach((s) => expect(s).toEqual(expected));
  await expectNoDuplicatesOrOrphans(prefix);
});

/** Polls (bounded) until Neo4j shows a write transaction holding locks (one ran in the runs seen so far). */
async function waitForWriteInProgress(withinMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    const rows = await db.runStatement('SHOW TRANSACTIONS YIELD activeLockCount, currentQuery WHERE activeLockCount > 0 RETURN count(*) AS n');
    if ((rows[0].n as number) > 0) return;
  }
}

/** Per bundle: its nodes and its relationships of each kind. */
async function bundleState(prefix: string, count: number) {
  const rows = await db.runStatement(
    `UNWIND range(0, $count - 1) AS i
     WITH i, $prefix + '-b' + i + '-' AS p
     RETURN i,
       COUNT { MATCH (n) WHERE n.id STARTS WITH p } AS nodes,
       COUNT { MATCH (a:Attribution)-[:ATTRIBUTES]->(:Claim) WHERE a.id STARTS WITH p } AS attributes,
       COUNT { MATCH (a:Attribution)-[:SAID_BY]->(:Entity) WHERE a.id STARTS WITH p } AS saidBy,
       COUNT { MATCH (a:Attribution)-[:RECORDED_IN]->(:Document) WHERE a.id STARTS WITH p } AS recordedIn,
       COUNT { MATCH (c:Claim)-[:ABOUT]->(:Entity) WHERE c.id STARTS WITH p } AS about,
       COUNT { MATCH (d:Document)-[:PUBLISHED_BY]->(:Entity) WHERE d.id STARTS WITH p } AS publishedBy
     ORDER BY i`,
    { prefix, count },
  );
  return rows.map(({ i: _i, ...counts }) => counts);
}

async function expectNoDuplicatesOrOrphans(prefix: string) {
  const [row] = await db.runStatement(
    `RETURN
       COUNT { MATCH (n) WHERE n.id STARTS WITH $prefix WITH labels(n) AS l, n.id AS id, count(*) AS c WHERE c > 1 RETURN id } AS duplicateIds,
       COUNT { MATCH (o:Entity {id: $prefix + '-outlet'}) } AS outlets,
       COUNT { MATCH (a:Attribution) WHERE a.id STARTS WITH $prefix
               AND NOT ((a)-[:ATTRIBUTES]->(:Claim) AND (a)-[:SAID_BY]->(:Entity) AND (a)-[:RECORDED_IN]->(:Document)) } AS orphanAttributions,
       COUNT { MATCH (c:Claim) WHERE c.id STARTS WITH $prefix AND NOT (c)<-[:ATTRIBUTES]-(:Attribution) } AS orphanClaims,
       COUNT { MATCH (e:Entity) WHERE e.id STARTS WITH $prefix AND e.kind = 'PERSON' AND NOT (e)<-[:SAID_BY]-(:Attribution) } AS orphanSpeakers,
       COUNT { MATCH (d:Document) WHERE d.id STARTS WITH $prefix AND NOT (d)<-[:RECORDED_IN]-(:Attribution) } AS orphanDocuments,
       COUNT { MATCH (a:Attribution)-[r]->(x) WHERE a.id STARTS WITH $prefix WITH a, type(r) AS t, x, count(*) AS c WHERE c > 1 RETURN a } AS duplicateLinks`,
    { prefix },
  );
  expect(row).toEqual({ duplicateIds: 0, outlets: 1, orphanAttributions: 0, orphanClaims: 0, orphanSpeakers: 0, orphanDocuments: 0, duplicateLinks: 0 });
}
