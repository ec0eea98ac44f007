import path from 'node:path';
import { localProcess } from './auth/roles';
import { loadConfig } from './config';
import { bundleFiles, loadBundles } from './datasets/loadBundles';
import { openDatabase } from './db/openDatabase';
import { IngestService } from './ingest/ingestService';
import { createApp } from './server/app';
import { createLogger } from './server/logger';
import { createRepositories } from './server/repositories';

/**
 * `npm start`: Neo4j (local, or NEO4J_URI), the schema, the example dataset (idempotently), then
 * GraphQL on PORT. Ctrl-C / SIGTERM stops the HTTP server, closes the driver and the local Neo4j.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  if (config.loadSeed) {
    const seedDir = path.join(config.projectRoot, 'data', 'seed');
    console.log(`Loading the example dataset from ${seedDir}...`);
    const summary = await loadBundles(new IngestService(createRepositories(database.db).ingest, localProcess('startup:seed')), bundleFiles([seedDir]));
    if (summary.failed.length) throw new Error(`The example dataset did not load: ${summary.failed.join(', ')}`);
  }
  const app = await createApp(database.db, { production: config.production, readRequiresKey: config.readRequiresKey, limits: config.limits, logger: createLogger(config.logLevel) });
  const port = await app.listen(config.port, config.host);
  console.log(`claimgraph is serving GraphQL at http://${config.host}:${port}/graphql (health: /health, readiness: /ready)`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping...`);
    await app.stop();
    await database.close();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: Error) => {
  console.error(`claimgraph could not start: ${error.message}`);
  process.exit(1);
});
