// Runs every examples/*.graphql query against a running claimgraph and prints each result, the way
// README.md shows them: `npm run examples` (server URL from the first argument or CLAIMGRAPH_URL).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples');
const url = process.argv[2] ?? process.env.CLAIMGRAPH_URL ?? 'http://127.0.0.1:4000';
let failed = 0;
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
  const query = fs.readFileSync(path.join(dir, file), 'utf8');
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = await res.json();
  if (body.errors) failed += 1;
  console.log(`## ${file}\n${JSON.stringify(body, null, 2)}\n`);
}
process.exit(failed ? 1 : 0);
