import { startTestServer, type TestServer } from '../support/testServer';

/** READ_REQUIRES_KEY=true: every GraphQL request needs a key; the health endpoints stay open. */

let server: TestServer;
beforeAll(async () => { server = await startTestServer({ readRequiresKey: true }); });
afterAll(async () => { await server.close(); });

const READ = '{ entity(id: "iran") { name } }';

test('a read without a key is UNAUTHENTICATED (HTTP 401), saying a key is required', async () => {
  const before = server.db.queryCount;
  const r = await server.gql(READ, {}, { key: null });
  expect(r.status).toBe(401);
  expect(r.data).toBeUndefined();
  expect(r.errors).toHaveLength(1);
  expect(r.errors![0]).toMatchObject({
    message: 'This server requires an API key for every request (READ_REQUIRES_KEY=true): send "Authorization: Bearer <key>".',
    extensions: { code: 'UNAUTHENTICATED' },
  });
  // Refused before anything runs: not one Cypher query.
  expect(server.db.queryCount).toBe(before);
});

test('a READER key reads; so do the higher roles', async () => {
  for (const role of ['READER', 'EDITOR', 'ADMIN'] as const) {
    expect(await server.query(READ, {}, { key: await server.createKey(role) })).toEqual({ entity: { name: 'Iran' } });
  }
});

test('/health and /ready do not need a key', async () => {
  expect((await fetch(`${server.url}/health`)).status).toBe(200);
  expect((await fetch(`${server.url}/ready`)).status).toBe(200);
});

test('by default (the quick start) the same read needs no key', async () => {
  const open = await startTestServer();
  try {
    expect(await open.query(READ, {}, { key: null })).toEqual({ entity: { name: 'Iran' } });
  } finally {
    await open.close();
  }
});
