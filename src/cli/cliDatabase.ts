import type { Config } from '../config';
import { Database } from '../db/database';
import { portAnswers } from '../db/local/localNeo4j';
import { applySchema } from '../db/migrations';
import { openDatabase, type OpenDatabase } from '../db/openDatabase';

/**
 * The Neo4j a command-line tool talks to: NEO4J_URI when set; otherwise the local Neo4j of a running
 * `npm start` (on NEO4J_LOCAL_PORT); otherwise it starts the local Neo4j itself for the duration.
 * The schema is applied either way, so a tool works on a fresh database.
 */
export async function openCliDatabase(config: Config): Promise<OpenDatabase> {
  if (!config.neo4j && (await portAnswers(config.local.port))) {
    console.log(`Using the local Neo4j already running on 127.0.0.1:${config.local.port}.`);
    const db = Database.connect({ uri: `bolt://127.0.0.1:${config.local.port}` }, { readTimeoutMs: config.timeouts.readMs, writeTimeoutMs: config.timeouts.writeMs });
    await applySchema(db);
    return { db, close: () => db.close() };
  }
  return openDatabase(config);
}
