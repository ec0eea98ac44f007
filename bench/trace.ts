import path from 'node:path';
import { Database } from '../src/db/database';
import { startLocalNeo4j } from '../src/db/local/localNeo4j';
import { createApp } from '../src/server/app';
import { OPERATIONS } from './operations';
import { parseArgs } from './args';
import type { Manifest } from './generator/dataset';
import fs from 'node:fs';
import { datasetDir } from './generate';

/**
 * `npx tsx bench/trace.ts --claims 10000 --op 1`: runs one benchmark operation against an already
 * imported benchmark database, in process, and prints every Cypher query it sent with its time, so a
 * missed goal can be traced to the query that costs it.
 */
const { options } = parseArgs(process.argv.slice(2), { claims: 'number', op: 'string', runs: 'number', port: 'number' });
const claims = Number(options.claims ?? 10000);
const runs = Number(options.runs ?? 20);
const op = OPERATIONS.find((o) => o.key === (options.op ?? '1'))!;

async function main() {
  const home = path.join(__dirname, 'neo4j', `claims-${claims}-seed-1`);
  const manifest = JSON.parse(fs.readFileSync(path.join(datasetDir(claims, 1), 'manifest.json'), 'utf8')) as Manifest;
  const local = await startLocalNeo4j({ home, port: Number(options.port ?? 7797), heap: '4g', pageCache: '6g', log: () => undefined });
  const db = Database.connect({ uri: local.uri });
  for (let i = 0; !(await db.ping()); i++) await new Promise((r) => setTimeout(r, 500));
  const timings: { name: string; ms: number }[] = [];
  const wrap = (db as any).wrap.bind(db);
  (db as any).wrap = (tx: any) => {
    const inner = wrap(tx);
    return { run: async (name: string, params: any) => { const t = performance.now(); const r = await inner.run(name, params); timings.push({ name, ms: performance.now() - t }); return r; } };
  };
  const app = await createApp(db, { production: true, readRequiresKey: false });
  const port = await app.listen(0, '127.0.0.1');
  const targets = { ...manifest.targets, deep: { key: 0, id: '', position: 0 } } as any;
  const body = JSON.stringify({ query: op.query, variables: op.variables(targets) });
  let last = 0;
  for (let i = 0; i < runs; i++) {
    timings.length = 0;
    const t = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await res.text();
    last = performance.now() - t;
    if (i === 0) console.log(text.slice(0, 300));
  }
  console.log(`op ${op.key}: last request ${last.toFixed(2)} ms`);
  for (const x of timings) console.log(`  ${x.ms.toFixed(2).padStart(8)} ms  ${x.name}`);
  await app.stop(); await db.close(); await local.stop();
}
main().catch((e) => { console.error(e); process.exit(1); });
