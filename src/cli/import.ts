import fs from 'node:fs';
import path from 'node:path';
import { BulkBatchRejected, DEFAULT_BATCH, formatProblem, MAX_BATCH, MIN_BATCH } from '../bulk/bulkFormat';
import { importDataset } from '../bulk/bulkImport';
import { BulkRepository } from '../bulk/bulkRepository';
import { loadConfig } from '../config';
import { Database } from '../db/database';
import { portAnswers } from '../db/local/localNeo4j';
import { applySchema } from '../db/migrations';
import { openDatabase, type OpenDatabase } from '../db/openDatabase';

/**
 * `npm run import -- DIR [--batch N] [--restart]`: bulk-loads a folder in the bulk format (NDJSON,
 * README "Bulk import") into the same Neo4j `npm run ingest` would use: NEO4J_URI when set, else a
 * running `npm start`'s local Neo4j, else the local Neo4j started for the duration.
 * Exits 1 when a batch is refused (its problems are printed; nothing of it is written), 2 on usage errors.
 */
const USAGE = `usage: npm run import -- DIR [--batch N] [--restart]
  DIR        a folder of entities/documents/claims/attributions/relations .ndjson files
  --batch N  lines per transaction, ${MIN_BATCH} to ${MAX_BATCH} (default ${DEFAULT_BATCH})
  --restart  ignore DIR/.import-checkpoint.json and import everything again (existing ids are upserted)`;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  let batchSize = DEFAULT_BATCH;
  let restart = false;
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--batch') batchSize = Number(args[++i]);
    else if (args[i] === '--restart') restart = true;
    else if (args[i].startsWith('--')) {
      console.error(`unknown option ${args[i]}\n${USAGE}`);
      return 2;
    } else dirs.push(args[i]);
  }
  if (dirs.length !== 1 || !Number.isInteger(batchSize) || batchSize < MIN_BATCH || batchSize > MAX_BATCH) {
    console.error(USAGE);
    return 2;
  }
  const dir = path.resolve(dirs[0]);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`No such folder: ${dir}`);
    return 2;
  }
  const config = loadConfig();
  let database: OpenDatabase;
  if (!config.neo4j && (await portAnswers(config.local.port))) {
    const db = Database.connect({ uri: `bolt://127.0.0.1:${config.local.port}` });
    await applySchema(db);
    database = { db, close: () => db.close() };
  } else {
    database = await openDatabase(config);
  }
  const connection = config.neo4j ?? { uri: database.local?.uri ?? `bolt://127.0.0.1:${config.local.port}` };
  // Its own driver: a batch of tens of thousands of rows may take longer than a request's write timeout.
  const db = Database.connect(connection, { writeTimeoutMs: 600_000 });
  const target = `${connection.uri}/${connection.database ?? ''}`;
  console.log(`Importing ${dir} into ${connection.uri} in batches of ${batchSize.toLocaleString('en')} lines.`);
  try {
    const s = await importDataset(new BulkRepository(db), dir, { batchSize, target, restart });
    console.log(`Imported ${s.rows.toLocaleString('en')} rows in ${s.seconds.toFixed(1)} s: ${Math.round(s.rowsPerSecond).toLocaleString('en')} rows/s.`);
    return 0;
  } catch (error) {
    if (!(error instanceof BulkBatchRejected)) throw error;
    console.error(`\nBatch refused, nothing of it written (${error.problems.length} problem(s)); fix and run again to resume here:`);
    for (const p of error.problems.slice(0, 50)) console.error(`  ${formatProblem(p)}`);
    if (error.problems.length > 50) console.error(`  ... and ${error.problems.length - 50} more`);
    return 1;
  } finally {
    await db.close();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`import failed: ${error.message}`);
    process.exit(1);
  },
);
