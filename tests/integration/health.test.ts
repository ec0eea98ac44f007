import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

test('GET /health answers while the process is alive', async () => {
  const res = await fetch(`${server.url}/health`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
});

test('GET /ready answers 200 when Neo4j is reachable', async () => {
  const res = await fetch(`${server.url}/ready`);
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ready' });
});

test('GET /ready answers 503 when Neo4j is not reachable', async () => {
  const { Database } = await import('../../src/db/database');
  const { createApp } = await import('../../src/server/app');
  const { freePort } = await import('../../src/db/local/localNeo4j');
  const deadDb = Database.connect({ uri: `bolt://127.0.0.1:${await freePort()}` });
  const app = await createApp(deadDb);
  const port = await app.listen(0, '127.0.0.1');
  try {
    const res = await fetch(`http://127.0.0.1:${port}/ready`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable' });
  } finally {
    await app.stop();
    await deadDb.close();
  }
});
