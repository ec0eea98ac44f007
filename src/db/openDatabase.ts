import type { Config } from '../config';
import { Database } from './database';
import { startLocalNeo4j, type LocalNeo4j } from './local/localNeo4j';
import { applySchema } from './migrations';

/**
 * Connects to Neo4j: the server named by NEO4J_URI when set, otherwise a local Neo4j started as a
 * child process (data under NEO4J_LOCAL_HOME). Waits until Bolt answers and applies the schema.
 */
export interface OpenDatabase {
  db: Database;
  local?: LocalNeo4j;
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: (line: string) => void = console.log): Promise<OpenDatabase> {
  let local: LocalNeo4j | undefined;
  let connection = config.neo4j;
  if (!connection) {
    log(`Starting the local Neo4j (data in ${config.local.home}, Bolt on 127.0.0.1:${config.local.port})...`);
    local = await startLocalNeo4j({ home: config.local.home, port: config.local.port, heap: config.local.heap, cacheDir: config.local.cacheDir, log });
    connection = { uri: local.uri };
    log(`Local Neo4j ready at ${local.uri}.`);
  }
  const db = Database.connect(connection, { readTimeoutMs: config.timeouts.readMs, writeTimeoutMs: config.timeouts.writeMs });
  try {
    await waitForBolt(db, connection.uri);
    const n = await applySchema(db);
    log(`Schema applied (${n} constraints and indexes, all online).`);
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }
  return {
    db,
    local,
    close: async () => {
      await db.close();
      await local?.stop();
    },
  };
}

async function waitForBolt(db: Database, uri: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await db.ping()) return;
    if (Date.now() > deadline) throw new Error(`Neo4j at ${uri} did not answer within ${timeoutMs / 1000}s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
