import { schemaStatements } from './cypherFiles';
import type { Database } from './database';

/**
 * Applies cypher/schema/*.cypher: constraints and indexes, all `IF NOT EXISTS`, so running it at every
 * start (and in every test run) is safe. Waits until the indexes are online before anyone queries.
 */
export async function applySchema(db: Database): Promise<number> {
  const statements = schemaStatements();
  for (const statement of statements) await db.runStatement(statement);
  await db.runStatement('CALL db.awaitIndexes(300)');
  return statements.length;
}
