import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localProcess } from '../../src/auth/roles';
import { loadConfig } from '../../src/config';
import { bundleFiles, loadBundles } from '../../src/datasets/loadBundles';
import { Database } from '../../src/db/database';
import { freePort, startLocalNeo4j } from '../../src/db/local/localNeo4j';
import { applySchema } from '../../src/db/migrations';
import { IngestService } from '../../src/ingest/ingestService';
import { IngestRepository } from '../../src/ingest/ingestRepository';

/**
 * Starts the tests' Neo4j once per run: a throwaway local instance in a temporary folder on a free
 * port (or the server named by TEST_NEO4J_URI, to run the suite against another Neo4j), applies the
 * schema and loads the seed dataset. Workers find it through TEST_NEO4J_* variables.
 */
export default async function globalSetup(): Promise<void> {
  // The servers the tests start log to stdout at LOG_LEVEL (pino): quiet unless asked for.
  process.env.LOG_LEVEL ??= 'silent';
  const config = loadConfig();
  let uri = process.env.TEST_NEO4J_URI;
  if (!uri) {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-test-neo4j-'));
    const local = await startLocalNeo4j({ home, port: await freePort(), heap: '1g', pageCache: '128m', cacheDir: config.local.cacheDir, log: (l) => process.stdout.write(`${l}\n`) });
    (globalThis as Record<string, unknown>).__CLAIMGRAPH_NEO4J__ = local;
    uri = local.uri;
    process.env.TEST_NEO4J_URI = uri;
  }
  // A generous write timeout: the seed's first ingest plans every write query on a cold Neo4j.
  const db = Database.connect(
    { uri, user: process.env.TEST_NEO4J_USER, password: process.env.TEST_NEO4J_PASSWORD, database: process.env.TEST_NEO4J_DATABASE },
    { writeTimeoutMs: 120_000 },
  );
  try {
    await applySchema(db);
    const summary = await loadBundles(new IngestService(new IngestRepository(db), localProcess('test:seed')), bundleFiles([path.join(config.projectRoot, 'data', 'seed')]), (line) => process.stdout.write(`${line}\n`));
    if (summary.failed.length) throw new Error(`seed dataset failed to load: ${summary.failed.join(', ')}`);
  } finally {
    await db.close();
  }
}
