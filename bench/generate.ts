import fs from 'node:fs';
import path from 'node:path';
import { numberOption, parseArgs } from './args';
import { generateDataset } from './generator/dataset';
import { NdjsonSink } from './generator/ndjsonSink';

/**
 * `npm run generate -- --claims N [--seed S] [--out DIR] [--prefix P]`: writes a synthetic dataset
 * in the bulk format to DIR (default bench/data/claims-N-seed-S, git-ignored), then DIR/manifest.json
 * with its counts and the ids the benchmark queries. The same N, seed and prefix give the same files.
 */
export function datasetDir(claims: number, seed: number): string {
  return path.resolve(__dirname, 'data', `claims-${claims}-seed-${seed}`);
}

export function generate(claims: number, seed: number, out: string, prefix = 'g', log: (line: string) => void = console.log): void {
  const started = Date.now();
  fs.rmSync(path.join(out, 'manifest.json'), { force: true });
  // New files: an import checkpoint of the old ones no longer says anything about them.
  fs.rmSync(path.join(out, '.import-checkpoint.json'), { force: true });
  const sink = new NdjsonSink(out);
  log(`Generating ${claims.toLocaleString('en')} claims (seed ${seed}) into ${out}`);
  const manifest = generateDataset({ claims, seed, prefix }, sink, (done) => log(`  ${done.toLocaleString('en')} / ${claims.toLocaleString('en')} claims`));
  sink.close();
  // Written last: its presence says the dataset is complete.
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const c = manifest.counts;
  log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${c.entities} entities, ${c.documents} documents, ${c.claims} claims, ${c.attributions} attributions, ${c.relations} relations`);
}

if (require.main === module) {
  try {
    const { options } = parseArgs(process.argv.slice(2), { claims: 'number', seed: 'number', out: 'string', prefix: 'string' });
    if (options.claims === undefined) throw new Error('usage: npm run generate -- --claims N [--seed S] [--out DIR] [--prefix P]');
    const claims = numberOption(options, 'claims', 0);
    const seed = numberOption(options, 'seed', 1);
    if (claims < 1) throw new Error('--claims must be at least 1');
    const prefix = typeof options.prefix === 'string' ? options.prefix : 'g';
    generate(claims, seed, typeof options.out === 'string' ? path.resolve(options.out) : datasetDir(claims, seed), prefix);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
