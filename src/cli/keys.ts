import { apiKeyStatus, type ApiKeyRecord } from '../auth/apiKeyRecord';
import { ApiKeyRepository } from '../auth/apiKeyRepository';
import { ApiKeyService } from '../auth/apiKeyService';
import { localProcess } from '../auth/roles';
import { loadConfig } from '../config';
import { BadUserInputError } from '../shared/errors';
import { openCliDatabase } from './cliDatabase';
import { KEYS_USAGE, parseKeysCommand, UsageError, type KeysCommand } from './keysCommand';

/**
 * `npm run keys -- create|list|revoke`: API key management from the machine that holds the database
 * credentials (the only way to make the first ADMIN key). Same Neo4j as `npm run ingest`: NEO4J_URI,
 * else the local Neo4j of a running `npm start`, else it starts the local Neo4j for the duration.
 * Exits 0 on success, 1 when the database refuses the request (bad input, unknown id), 2 on usage errors.
 */
function describe(key: ApiKeyRecord): string {
  return `${key.id} (${key.role.toLowerCase()}, "${key.name}"${key.expiresAt ? `, expires ${key.expiresAt}` : ''}${key.introspection ? ', introspection' : ''})`;
}

function table(keys: ApiKeyRecord[], now: Date): string {
  const rows = [
    ['ID', 'ROLE', 'STATUS', 'CREATED', 'EXPIRES', 'INTROSPECTION', 'NAME'],
    ...keys.map((k) => [k.id, k.role, apiKeyStatus(k, now), k.createdAt, k.expiresAt ?? '-', k.introspection ? 'yes' : 'no', k.name]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ')).join('\n');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(KEYS_USAGE);
    return 0;
  }
  let command: KeysCommand;
  try {
    command = parseKeysCommand(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${KEYS_USAGE}`);
    return 2;
  }
  const database = await openCliDatabase(loadConfig());
  const keys = new ApiKeyService(new ApiKeyRepository(database.db), localProcess('cli:keys'));
  try {
    if (command.kind === 'create') {
      const { apiKey, secret } = await keys.create({ name: command.name, role: command.role, expiresAt: command.expiresAt, introspection: command.introspection });
      console.log(`Created API key ${describe(apiKey)}.`);
      console.log('Its secret, shown only this once (the server keeps only a hash): send it as "Authorization: Bearer <secret>".');
      console.log(secret);
    } else if (command.kind === 'list') {
      const all = await keys.list();
      console.log(all.length ? table(all, new Date()) : 'No API keys yet. Create one with: npm run keys -- create --role editor --name NAME');
    } else {
      const key = await keys.revoke(command.id);
      console.log(`Revoked API key ${describe(key)} at ${key.revokedAt}: requests with it are refused.`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    const option: Record<string, string> = { 'input.name': '--name', 'input.role': '--role', 'input.expiresAt': '--expires' };
    for (const p of error.problems) console.error(`${option[p.path] ?? p.path}: ${p.message}`);
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`keys failed: ${error.message}`);
    process.exit(1);
  },
);
