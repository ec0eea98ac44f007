import { Database } from '../../src/db/database';
import { createApp, type App } from '../../src/server/app';
import { MASKED_MESSAGE } from '../../src/server/errors/maskErrors';
import { createLogger } from '../../src/server/logger';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * Production mode (NODE_ENV=production) against development mode, over HTTP: no stack traces, no
 * "Did you mean" hints, introspection only for keys that have it, unexpected errors masked as
 * INTERNAL_SERVER_ERROR with a request id (also the x-request-id header) and logged in detail as
 * JSON lines. Errors meant for the client (BAD_USER_INPUT...) keep their message.
 */
let prod: TestServer;
let dev: TestServer;
const logLines: string[] = [];
const logs = () => logLines.map((l) => JSON.parse(l) as Record<string, any>);

beforeAll(async () => {
  prod = await startTestServer({ production: true, logger: createLogger('info', { write: (line: string) => logLines.push(line) }) });
  dev = await startTestServer({ production: false, logger: createLogger('silent') });
});
afterAll(async () => {
  await prod.close();
  await dev.close();
});

async function post(url: string, query: string, key?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return { status: res.status, requestId: res.headers.get('x-request-id'), body: (await res.json()) as any };
}

describe('an unexpected error (here: Neo4j has no database by the configured name)', () => {
  let app: App;
  let db: Database;
  let url: string;
  const start = async (production: boolean) => {
    db = Database.connect({ uri: process.env.TEST_NEO4J_URI!, user: process.env.TEST_NEO4J_USER, password: process.env.TEST_NEO4J_PASSWORD, database: 'nosuchdatabase' });
    app = await createApp(db, { production, logger: createLogger('info', { write: (line: string) => logLines.push(line) }) });
    url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  };
  afterEach(async () => {
    await app.stop();
    await db.close();
  });

  test('production: masked as INTERNAL_SERVER_ERROR with the request id, logged with the detail', async () => {
    await start(true);
    const r = await post(url, '{ entity(id: "iran") { name } }');
    expect(r.status).toBe(200);
    expect(r.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.body.data).toEqual({ entity: null });
    expect(r.body.errors).toEqual([
      { message: MASKED_MESSAGE, locations: [{ line: 1, column: 3 }], path: ['entity'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: r.requestId } },
    ]);
    expect(JSON.stringify(r.body)).not.toMatch(/nosuchdatabase|stacktrace/);

    const logged = logs().filter((l) => l.requestId === r.requestId);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 'error', service: 'claimgraph', path: ['entity'] });
    expect(logged[0].err.message).toMatch(/nosuchdatabase/);
    expect(logged[0].err.stack).toMatch(/\n\s+at /);
    expect(typeof logged[0].time).toBe('string');
  });

  test('production: an unexpected error while reading the API key is masked and logged the same way', async () => {
    await start(true);
    const r = await post(url, '{ entity(id: "iran") { name } }', `cgk_${'A'.repeat(43)}`);
    expect(r.status).toBe(500);
    expect(r.body.errors).toEqual([{ message: MASKED_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: r.requestId } }]);
    const logged = logs().filter((l) => l.requestId === r.requestId);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 'error', stage: 'context' });
    expect(logged[0].err.message).toMatch(/nosuchdatabase/);
  });

  test('development: the same error shows its message and stack trace', async () => {
    await start(false);
    const r = await post(url, '{ entity(id: "iran") { name } }');
    expect(r.body.errors[0].message).toMatch(/nosuchdatabase/);
    expect(r.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(r.body.errors[0].extensions.requestId).toBe(r.requestId);
    expect(r.body.errors[0].extensions.stacktrace.length).toBeGreaterThan(1);
  });
});

test('errors meant for the client keep their message in production, without a stack trace', async () => {
  const r = await post(prod.url, '{ entities(first: 101) { edges { node { id } } } }');
  expect(r.body.errors).toHaveLength(1);
  expect(r.body.errors[0].message).toBe('first: must be between 0 and 100; got 101');
  expect(r.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', problems: [{ path: 'first', message: 'must be between 0 and 100; got 101' }] });

  const d = await post(dev.url, '{ entities(first: 101) { edges { node { id } } } }');
  expect(d.body.errors[0].extensions.stacktrace.length).toBeGreaterThan(1);
});

test('no "Did you mean" suggestions in production (they map the schema for a stranger)', async () => {
  const query = '{ entitie(id: "iran") { name } }';
  const p = await post(prod.url, query);
  expect(p.status).toBe(400);
  expect(p.body.errors[0].message).toBe('Cannot query field "entitie" on type "Query".');
  const d = await post(dev.url, query);
  expect(d.body.errors[0].message).toBe('Cannot query field "entitie" on type "Query". Did you mean "entities" or "entity"?');
  // nor in the errors of variables (an enum value, an input field)
  const input = { document: { id: 'x', title: 'x', kind: 'NEWS_ARTICL' }, entities: [{ id: 'e', name: 'e', kind: 'PERSON', nam: 'typo' }] };
  const mutation = 'mutation($input: DocumentBundleInput!) { ingestDocument(input: $input) { document { id } } }';
  const pv = await fetch(`${prod.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: mutation, variables: { input } }) });
  const pvBody = (await pv.json()) as any;
  expect(pv.status).toBe(400);
  expect(pvBody.errors.length).toBeGreaterThan(0);
  expect(JSON.stringify(pvBody.errors)).not.toMatch(/Did you mean/);
  expect(pvBody.errors.map((e: any) => e.message).join(' ')).toMatch(/Value "NEWS_ARTICL" does not exist in "DocumentKind" enum\./);
  const dv = await fetch(`${dev.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: mutation, variables: { input } }) });
  expect(JSON.stringify(await dv.json())).toMatch(/Did you mean the enum value \\"NEWS_ARTICLE\\"\?/);
});

describe('introspection in production: only for keys created with it', () => {
  const introspect = '{ __schema { queryType { name } } }';

  test('without a key: UNAUTHENTICATED (401), nothing introspected', async () => {
    const r = await post(prod.url, introspect);
    expect(r.status).toBe(401);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(r.body.errors[0].message).toMatch(/Introspection .* needs an API key with introspection/);
  });

  test('with a key that lacks it (even an admin): FORBIDDEN (403)', async () => {
    for (const key of [prod.keys.editor, await prod.createKey('ADMIN')]) {
      const r = await post(prod.url, '{ __type(name: "Claim") { name } }', key);
      expect(r.status).toBe(403);
      expect(r.body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  test('with a key that has it: the schema', async () => {
    const key = await prod.createKey('READER', { introspection: true });
    const r = await post(prod.url, `${introspect.slice(0, -1)} __type(name: "Claim") { fields { name } } }`, key);
    expect(r.status).toBe(200);
    expect(r.body.data.__schema.queryType.name).toBe('Query');
    expect(r.body.data.__type.fields.map((f: { name: string }) => f.name)).toContain('attributions');
  });

  test('hidden in a fragment it is still found', async () => {
    const r = await post(prod.url, '{ ...F } fragment F on Query { __schema { types { name } } }');
    expect(r.status).toBe(401);
  });

  test('`__typename` stays open, and development introspects without a key', async () => {
    const t = await post(prod.url, '{ __typename entity(id: "iran") { __typename name } }');
    expect(t.body).toEqual({ data: { __typename: 'Query', entity: { __typename: 'Entity', name: 'Iran' } } });
    const d = await post(dev.url, introspect);
    expect(d.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});

test('every response carries an x-request-id; a well-formed one from a proxy is kept', async () => {
  const health = await fetch(`${prod.url}/health`);
  expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  const given = await fetch(`${prod.url}/health`, { headers: { 'x-request-id': 'proxy-req-12345678' } });
  expect(given.headers.get('x-request-id')).toBe('proxy-req-12345678');
  const junk = await fetch(`${prod.url}/health`, { headers: { 'x-request-id': 'bad id\twith spaces' } });
  expect(junk.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});
