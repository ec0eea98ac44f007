import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db/database';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/db/local/localNeo4j';
import { applySchema } from '../../src/db/migrations';

/**
 * A Neo4j of a test's own, for the fault tests that stop, kill and restart it: a throwaway local
 * instance in a temporary folder on a free port, never the shared test Neo4j that every other test
 * file uses. `restart()` starts it again on the same folder and port (the data survives, and a
 * client pointed at it finds it again); `dispose()` stops it and removes the folder.
 */
export interface PrivateNeo4j {
  readonly uri: string;
  readonly local: LocalNeo4j;
  /** True while the JVM runs. */
  running: boolean;
  stop(): Promise<void>;
  kill(): Promise<void>;
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startPrivateNeo4j(): Promise<PrivateNeo4j> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-fault-neo4j-'));
  const port = await freePort();
  const cacheDir = loadConfig().local.cacheDir;
  const start = () => startLocalNeo4j({ home, port, heap: '512m', pageCache: '64m', cacheDir, log: () => undefined });
  let local = await start();
  const schemaDb = Database.connect({ uri: local.uri });
  try {
    await applySchema(schemaDb);
  } finally {
    await schemaDb.close();
  }
  const handle: PrivateNeo4j = {
    uri: local.uri,
    get local() { return local; },
    running: true,
    async stop() {
      await local.stop();
      handle.running = false;
    },
    async kill() {
      await local.kill();
      handle.running = false;
    },
    async restart() {
      if (handle.running) await local.stop();
      local = await start();
      handle.running = true;
    },
    async dispose() {
      // The folder is removed next: no need for a clean (and slower) shutdown.
      if (handle.running) await local.kill();
      handle.running = false;
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
  return handle;
}
