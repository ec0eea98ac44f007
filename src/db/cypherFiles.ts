import fs from 'node:fs';
import path from 'node:path';

/**
 * Cypher lives in cypher/*.cypher, one named query per file (the file name is the query's name).
 * The files are read once, on first use, so a missing query fails loudly at start-up, not mid-request.
 */
export const CYPHER_DIR = path.resolve(__dirname, '..', '..', 'cypher');

let queries: Map<string, string> | undefined;

function loadAll(): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of fs.readdirSync(CYPHER_DIR)) {
    if (!file.endsWith('.cypher')) continue;
    map.set(file.slice(0, -'.cypher'.length), fs.readFileSync(path.join(CYPHER_DIR, file), 'utf8'));
  }
  return map;
}

export function cypher(name: string): string {
  queries ??= loadAll();
  const text = queries.get(name);
  if (text === undefined) throw new Error(`No Cypher query named "${name}" in ${CYPHER_DIR}`);
  return text;
}

/** Schema statements (constraints, indexes), in file-name order; a file may hold several, separated by `;`. */
export function schemaStatements(): string[] {
  const dir = path.join(CYPHER_DIR, 'schema');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((f) => splitStatements(fs.readFileSync(path.join(dir, f), 'utf8')));
}

export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
