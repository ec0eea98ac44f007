import fs from 'node:fs';
import path from 'node:path';

/** The GraphQL schema text: every schema/*.graphql file, split by domain, read once. */
export const SCHEMA_DIR = path.resolve(__dirname, '..', '..', 'schema');

export function loadTypeDefs(): string[] {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8'));
}
