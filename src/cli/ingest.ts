import fs from 'node:fs';
import { localProcess } from '../auth/roles';
import { loadConfig } from '../config';
import { bundleFiles, loadBundles } from '../datasets/loadBundles';
import { IngestService } from '../ingest/ingestService';
import { IngestRepository } from '../ingest/ingestRepository';
import { openCliDatabase } from './cliDatabase';

/**
 * `npm run ingest -- FILE_OR_FOLDER...`: loads bundle files, each in its own transaction, with a line
 * per file and a summary. Talks to NEO4J_URI when set; otherwise to the local Neo4j of a running
 * `npm start` (NEO4J_LOCAL_PORT), or starts the local Neo4j itself for the duration.
 * Exits 1 if any file was rejected (the others are still loaded), 2 on usage errors.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    console.log('usage: npm run ingest -- FILE_OR_FOLDER [...]\n  Loads document bundles (JSON, the ingest format in README.md) into Neo4j.');
    return args.length === 0 ? 2 : 0;
  }
  const missing = args.filter((a) => !fs.existsSync(a));
  if (missing.length) {
    console.error(`No such file or folder: ${missing.join(', ')}`);
    return 2;
  }
  const files = bundleFiles(args);
  const config = loadConfig();
  const database = await openCliDatabase(config);
  try {
    // No key: whoever runs this holds the database credentials; the audit trail names the process.
    const summary = await loadBundles(new IngestService(new IngestRepository(database.db), localProcess('cli:ingest')), files);
    return summary.failed.length ? 1 : 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`ingest failed: ${error.message}`);
    process.exit(1);
  },
);
