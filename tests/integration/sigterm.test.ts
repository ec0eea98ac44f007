import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { freePort } from '../../src/db/local/localNeo4j';
import { ingestTwoClaims } from '../support/bundles';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * SIGTERM to `npm start` (src/main.ts as a child process, NEO4J_URI at the tests' Neo4j, no seed
 * load): it stops accepting connections, lets the request in flight finish and answer, closes the
 * driver and exits 0. The request in flight is made slow deterministically: it waits on a lock this
 * test holds, and the test lets go only once the server has stopped accepting.
 */
let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const root = path.resolve(__dirname, '..', '..');
const conn = () => ({ uri: process.env.TEST_NEO4J_URI!, user: process.env.TEST_NEO4J_USER, password: process.env.TEST_NEO4J_PASSWORD });

/** Polls `check` (bounded) until it is true. */
async function until(what: string, check: () => Promise<boolean>, withinMs: number): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > withinMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('SIGTERM: stops accepting, finishes the request in flight, closes the driver, exits 0', async () => {
  const { x, y } = await ingestTwoClaims(server, 'sigterm');

  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'src', 'main.ts')], {
    env: { ...process.env, NEO4J_URI: conn().uri, NEO4J_USER: conn().user ?? '', NEO4J_PASSWORD: conn().password ?? '', NEO4J_DATABASE: process.env.TEST_NEO4J_DATABASE ?? '', LOAD_SEED: 'false', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { output += d.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const holder = neo4j.driver(conn().uri, conn().user ? neo4j.auth.basic(conn().user!, conn().password ?? '') : undefined);
  const session = holder.session({ database: process.env.TEST_NEO4J_DATABASE });
  try {
    await until('the server to listen', async () => output.includes('serving GraphQL'), 60_000);
    const base = `http://127.0.0.1:${port}`;

    // Hold a write lock on claim x, then ask the server to relate x: its transaction waits on the lock.
    const locking = await session.beginTransaction();
    await locking.run('MATCH (c:Claim {id: $x}) SET c.lockedByTest = true', { x });
    const inFlight = fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.keys.editor}` },
      body: JSON.stringify({ query: 'mutation($x: ID!, $y: ID!) { relateClaims(from: $x, type: SUPPORTS, to: $y) { changed } }', variables: { x, y } }),
    });
    await until('the request to wait on the lock', async () => {
      const rows = await server.cypher("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n");
      return (rows[0].n as number) > 0;
    }, 20_000);

    child.kill('SIGTERM');
    // Stops accepting: new connections are refused while the request is still in flight.
    await until('new connections to be refused', () => fetch(`${base}/health`).then(() => false, () => true), 10_000);

    await locking.rollback();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { relateClaims: { changed: true } } });

    expect(await exited).toBe(0);
    expect(output).toMatch(/SIGTERM: stopping\.\.\.\n(.|\n)*Stopped\./);
    const rows = await server.cypher('MATCH (:Claim {id: $x})-[r:SUPPORTS]->(:Claim {id: $y}) RETURN count(r) AS n', { x, y });
    expect(rows[0].n).toBe(1);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await session.close();
    await holder.close();
  }
});
