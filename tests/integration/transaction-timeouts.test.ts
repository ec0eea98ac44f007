import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/openDatabase';
import { ingestTwoClaims } from '../support/bundles';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * Every transaction carries a timeout, set from READ_TIMEOUT_MS / WRITE_TIMEOUT_MS (5 s and 30 s by
 * default: tests/unit/configLimits.test.ts) through openDatabase, as main.ts and the CLI open it.
 * The tests set 1 s and watch Neo4j end the transaction, so they check what the server enforces,
 * not what the code meant to send. The local Neo4j also has a lock acquisition timeout.
 */
let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const conn = () => ({ uri: process.env.TEST_NEO4J_URI!, user: process.env.TEST_NEO4J_USER, password: process.env.TEST_NEO4J_PASSWORD, database: process.env.TEST_NEO4J_DATABASE });

/** openDatabase as main.ts calls it, on the tests' Neo4j, with these environment variables. */
function openWith(env: Record<string, string>) {
  const c = conn();
  return openDatabase(loadConfig({ NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: c.database, ...env }), () => undefined);
}

/** Polls (bounded) until Neo4j reports the transaction ended by its timeout; returns when it saw that. */
async function waitForTimedOut(transactionId: string, withinMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    const [row] = await server.cypher('SHOW TRANSACTIONS YIELD transactionId, status WHERE transactionId = $id RETURN status', { id: transactionId });
    if (!row || /Terminated/i.test(String(row.status))) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`transaction ${transactionId} was still running after ${withinMs} ms: it has no timeout`);
}

test('READ_TIMEOUT_MS reaches every read transaction: Neo4j ends one that outlives it', async () => {
  const database = await openWith({ READ_TIMEOUT_MS: '1000' });
  try {
    const before = new Set((await server.cypher('SHOW TRANSACTIONS YIELD transactionId')).map((r) => r.transactionId));
    const started = Date.now();
    const outcome = database.db.readTransaction(async (tx) => {
      await tx.run('entities-by-ids', { ids: ['iran'] });
      const mine = (await server.cypher("SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW'"))
        .map((r) => r.transactionId as string)
        .filter((id) => !before.has(id));
      expect(mine).toHaveLength(1);
      // Neo4j checks timeouts every 2 s: ended between 1 s and a few seconds, not after the server's 60 s.
      await waitForTimedOut(mine[0], 10_000);
      return tx.run('entities-by-ids', { ids: ['iran'] });
    });
    await expect(outcome).rejects.toThrow(/terminated|timed ?out|timeout/i);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1_000);
    expect(elapsed).toBeLessThan(10_000);
  } finally {
    await database.close();
  }
});

test('WRITE_TIMEOUT_MS reaches every write transaction: one waiting on a lock fails at its timeout, not the lock\'s', async () => {
  const { x, y } = await ingestTwoClaims(server, 'lock-timeout');

  // Another client holds a write lock on claim x for the duration of the test.
  const holder = neo4j.driver(conn().uri, conn().user ? neo4j.auth.basic(conn().user!, conn().password ?? '') : undefined);
  const session = holder.session({ database: conn().database });
  const locking = await session.beginTransaction();
  await locking.run('MATCH (c:Claim {id: $x}) SET c.lockedByTest = true', { x });
  const database = await openWith({ WRITE_TIMEOUT_MS: '1000' });
  try {
    const started = Date.now();
    await expect(database.db.writeTransaction((tx) => tx.run('claim-relate', { from: x, type: 'SUPPORTS', to: y }))).rejects.toThrow(/transaction has been terminated/i);
    // Neo4j checks timeouts every 2 s: well under the 20 s lock acquisition timeout, or forever.
    expect(Date.now() - started).toBeLessThan(10_000);
  } finally {
    await locking.rollback();
    await session.close();
    await holder.close();
    await database.close();
  }
  const rows = await server.cypher('MATCH (:Claim {id: $x})-[r:SUPPORTS]->(:Claim {id: $y}) RETURN count(r) AS n', { x, y });
  expect(rows[0].n).toBe(0);
});

test('the local Neo4j sets a lock acquisition timeout (and a transaction timeout of last resort)', async () => {
  const rows = await server.cypher(
    "SHOW SETTINGS YIELD name, value WHERE name IN ['db.lock.acquisition.timeout', 'db.transaction.timeout'] RETURN name, value ORDER BY name",
  );
  expect(rows).toEqual([
    { name: 'db.lock.acquisition.timeout', value: '20s' },
    { name: 'db.transaction.timeout', value: '1m' },
  ]);
});
