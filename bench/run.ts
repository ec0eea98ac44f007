import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { importDataset } from '../src/bulk/bulkImport';
import { BulkRepository } from '../src/bulk/bulkRepository';
import { cypher } from '../src/db/cypherFiles';
import { Database } from '../src/db/database';
import { startLocalNeo4j } from '../src/db/local/localNeo4j';
import { applySchema } from '../src/db/migrations';
import { toNeo4jParams, toPlain } from '../src/db/plain';
import { startApiServer } from './apiServer';
import { numberOption, parseArgs } from './args';
import { datasetDir, generate } from './generate';
import type { Manifest } from './generator/dataset';
import { graphqlClient, runLoad, type LoadResult } from './load';
import { OPERATIONS, type Targets } from './operations';
import { profileText, readCypher } from './profile';
import { writeResults, type LevelResult, type OpResult, type RunResult } from './report';

/**
 * `npm run bench [-- --with-1m] [--levels 10000,100000] [--seconds 5] [--seed 1] [--batch 10000]
 * [--port 7797] [--heap 4g] [--pagecache 6g]`: for each level, generates the dataset (once, cached in
 * bench/data/), imports it into a dedicated local Neo4j (bench/neo4j/<level>/, kept between runs so a
 * level is imported once), starts the API against it, and measures every operation and its floor at
 * concurrency 1 and 16. Prints the table, writes bench/results/<date>.json and BENCHMARKS.md.
 */
const ROOT = path.resolve(__dirname, '..');
const FLOOR_DIR = path.join(__dirname, 'floor');
const TARGETS_DIR = path.join(__dirname, 'targets');

const { options } = parseArgs(process.argv.slice(2), {
  'with-1m': 'flag', levels: 'string', seconds: 'number', seed: 'number', batch: 'number', port: 'number', heap: 'string', pagecache: 'string',
});
const seconds = numberOption(options, 'seconds', 5);
const seed = numberOption(options, 'seed', 1);
const batchSize = numberOption(options, 'batch', 10_000);
const port = numberOption(options, 'port', 7797);
const heap = typeof options.heap === 'string' ? options.heap : '4g';
const pageCache = typeof options.pagecache === 'string' ? options.pagecache : '6g';
const levels = typeof options.levels === 'string' ? options.levels.split(',').map(Number) : [10_000, 100_000, ...(options['with-1m'] ? [1_000_000] : [])];
const log = (line: string) => console.log(line);

async function floorTask(driver: Driver, text: string, params: Record<string, unknown>): Promise<unknown> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(text, toNeo4jParams(params)));
    return result.records.map((r) => toPlain(r.toObject()));
  } finally {
    await session.close();
  }
}

async function measure(task: () => Promise<unknown>): Promise<{ c1: LoadResult; c16: LoadResult | null; c16Error?: string }> {
  await runLoad(async () => void (await task()), 1, Math.min(2, seconds)); // warm caches and plans
  const c1 = await runLoad(async () => void (await task()), 1, seconds);
  try {
    return { c1, c16: await runLoad(async () => void (await task()), 16, seconds) };
  } catch (error) {
    // An operation that cannot run 16 at a time (Neo4j's transaction memory pool) still has its c1 figures.
    return { c1, c16: null, c16Error: (error as Error).message.slice(0, 160) };
  }
}

async function importLevel(db: Database, dir: string, home: string, fresh: boolean): Promise<LevelResult['import']> {
  const marker = path.join(home, 'imported.json');
  // A new database must get everything, whatever a checkpoint left from an earlier one says.
  const summary = await importDataset(new BulkRepository(db), dir, { batchSize, target: home, restart: fresh });
  if (summary.rows === 0 && fs.existsSync(marker)) return { ...JSON.parse(fs.readFileSync(marker, 'utf8')), when: 'earlier run' };
  const record = { rows: summary.rows, seconds: summary.seconds, rowsPerSecond: summary.rowsPerSecond, batchSize, steps: summary.steps };
  fs.writeFileSync(marker, JSON.stringify(record, null, 2));
  return { ...record, when: 'this run' };
}

async function benchLevel(claims: number): Promise<LevelResult> {
  const dir = datasetDir(claims, seed);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) generate(claims, seed, dir);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const home = path.join(__dirname, 'neo4j', `claims-${claims}-seed-${seed}`);
  log(`\n== ${claims.toLocaleString('en')} claims: Neo4j in ${home} (Bolt ${port}, heap ${heap}, page cache ${pageCache})`);
  const fresh = !fs.existsSync(path.join(home, 'import-started'));
  const local = await startLocalNeo4j({ home, port, heap, pageCache, log });
  const db = Database.connect({ uri: local.uri }, { readTimeoutMs: 600_000, writeTimeoutMs: 600_000 });
  const driver = neo4j.driver(local.uri, neo4j.auth.basic('neo4j', 'neo4j'));
  let api: Awaited<ReturnType<typeof startApiServer>> | undefined;
  try {
    for (let i = 0; !(await db.ping()); i++) if (i > 120) throw new Error('Bolt did not answer'); else await new Promise((r) => setTimeout(r, 500));
    await applySchema(db);
    fs.writeFileSync(path.join(home, 'import-started'), '');
    const imported = await importLevel(db, dir, home, fresh);
    log(`import: ${imported.rows.toLocaleString('en')} rows, ${imported.seconds.toFixed(1)} s, ${Math.round(imported.rowsPerSecond).toLocaleString('en')} rows/s (${imported.when})`);

    const t = manifest.targets;
    // The deep page starts halfway through the busiest speaker's claims.
    const speakerClaimAt = async (position: number) =>
      ((await floorTask(driver, readCypher(TARGETS_DIR, 'speaker-claim-at'), { speakerId: t.busiestSpeaker, position })) as { total: number; at: { key: number; id: string } | null }[])[0];
    const position = Math.floor((await speakerClaimAt(0)).total / 2);
    const atPosition = (await speakerClaimAt(position)).at!;
    const targets: Targets = { ...t, deep: { key: atPosition.key, id: atPosition.id, position } };
    api = await startApiServer(local.uri, path.join(home, 'api.log'));
    runningApi = api;
    const gql = graphqlClient(api.url, 16);

    const ops: OpResult[] = [];
    for (const op of OPERATIONS) {
      log(`op ${op.key}: ${op.title}`);
      try {
        ops.push(await measureOperation(op, targets, gql, driver));
      } catch (error) {
        // One broken operation is reported in the table; the others are still measured.
        log(`  failed: ${(error as Error).message.slice(0, 200)}`);
        ops.push({ key: op.key, title: op.title, maxRatio: op.maxRatio, maxGrowth: op.maxGrowth, api: null, floor: null, ratio: null, note: `failed: ${(error as Error).message.slice(0, 80)}` });
      }
    }
    return { claims, counts: manifest.counts, import: imported, targets, ops };
  } finally {
    await api?.stop();
    await driver.close();
    await db.close();
    await local.stop();
  }
}

async function measureOperation(op: (typeof OPERATIONS)[number], targets: Targets, gql: ReturnType<typeof graphqlClient>, driver: Driver): Promise<OpResult> {
  const vars = op.variables(targets);
  const floorText = readCypher(FLOOR_DIR, op.floor);
  const floorParams = op.floorParams(targets);
  const apiFigures = await measure(() => gql(op.query, vars));
  // A floor that cannot run (one statement may need more transaction memory than the API's several
  // smaller ones) leaves the API's figures standing, with the reason.
  let floorFigures: Awaited<ReturnType<typeof measure>> | null = null;
  let floorFailure: string | undefined;
  try {
    floorFigures = await measure(() => floorTask(driver, floorText, floorParams));
  } catch (error) {
    floorFailure = (error as Error).message.slice(0, 160);
  }
  const profile = op.profile ? await profileText(driver, cypher(op.profile.query), op.profile.params(targets)) : undefined;
  const base = { key: op.key, title: op.title, maxRatio: op.maxRatio, maxGrowth: op.maxGrowth, api: apiFigures, profile };
  if (!floorFigures) {
    log(`  API p50 ${apiFigures.c1.p50Ms} ms; floor failed: ${floorFailure}`);
    return { ...base, floor: null, ratio: null, note: `floor failed: ${floorFailure}` };
  }
  const ratio = Math.round((apiFigures.c1.p50Ms / floorFigures.c1.p50Ms) * 100) / 100;
  const c16 = (f: typeof apiFigures) => (f.c16 ? `c16 ${f.c16.p50Ms} ms, ${f.c16.throughput}/s` : `c16 failed: ${f.c16Error}`);
  log(`  API p50 ${apiFigures.c1.p50Ms} ms (${c16(apiFigures)})  floor p50 ${floorFigures.c1.p50Ms} ms (${c16(floorFigures)})  ratio ${ratio}`);
  const note = [apiFigures.c16Error && `API at c16: ${apiFigures.c16Error}`, floorFigures.c16Error && `floor at c16: ${floorFigures.c16Error}`].filter(Boolean).join('; ') || undefined;
  return { ...base, floor: floorFigures, ratio, note };
}

/** The API child of the level being measured, stopped if the benchmark is interrupted (Ctrl-C, kill). */
let runningApi: { stop(): Promise<void> } | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`\n${signal}: stopping the API; the benchmark's Neo4j stops with this process.`);
    void (runningApi?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadAverageStart = os.loadavg();
  const results: LevelResult[] = [];
  for (const claims of levels) results.push(await benchLevel(claims));
  const first = results[0];
  const last = results[results.length - 1];
  const growth = results.length < 2 ? [] : first.ops.flatMap((o) => {
    const l = last.ops.find((x) => x.key === o.key);
    if (!o.api || !l?.api) return [];
    return [{ key: o.key, p50First: o.api.c1.p50Ms, p50Last: l.api.c1.p50Ms, growth: Math.round((l.api.c1.p50Ms / o.api.c1.p50Ms) * 100) / 100, maxGrowth: o.maxGrowth }];
  });
  const run: RunResult = {
    date: new Date().toISOString().slice(0, 16),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), loadAverageStart, loadAverageEnd: os.loadavg(), neo4j: { heap, pageCache } },
    seconds: (Date.now() - started) / 1000,
    levels: results,
    growth,
  };
  const { json, md } = writeResults(run, ROOT);
  log(`\nWrote ${path.relative(ROOT, json)} and ${path.relative(ROOT, md)}.`);
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
