import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractAttributions } from '../extract/extractAttributions';
import { knownFromBundles } from '../extract/knownFromBundles';
import { checkSplit } from '../extract/eval/checkSet';
import { formatDetails } from '../extract/eval/formatDetails';
import { formatReport } from '../extract/eval/formatReport';
import { loadSplits, REPO_ROOT, SPLITS, type Split } from '../extract/eval/goldSet';
import { runEval } from '../extract/eval/runEval';
import { formatStats, setStats, STATS_HEADER } from '../extract/eval/setStats';
import { formatSeedCoverage, seedCoverage, type SeedBundle } from '../extract/eval/seedCoverage';

/**
 * `npm run eval:extract [-- --split test|dev|all] [--check] [--json] [--seed [--seed-article PATH]]`
 * - default: run the extractor on the split (test unless told) and print the per-document table,
 *   the micro average and issue 7's goals (met / MISSED);
 * - --check: validate the gold files (verbatim spans, unique ids, no dangling via, valid enums,
 *   in sync with their annotation specs); exit 1 on any problem;
 * - --details: also list, per document, missed gold items, spurious predictions and wrong fields;
 * - --seed: coverage of the hand-written seed bundle by the extractor run on the seed article.
 */
const USAGE = 'usage: npm run eval:extract -- [--split test|dev|all] [--check] [--json] [--details] [--seed [--seed-article PATH]]';

/** The seed article lives outside the repository, next to it: ../shared/seed/ from the repo root. */
export const DEFAULT_SEED_ARTICLE = path.resolve(REPO_ROOT, '../shared/seed/russia-ukraine-news-2022-11-21.txt');
const SEED_BUNDLE = path.join(REPO_ROOT, 'data/seed/cnn-2022-11-21-live.json');

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value\n${USAGE}`);
  return v;
}

function runSeed(args: string[], json: boolean): number {
  const articlePath = argValue(args, '--seed-article') ?? DEFAULT_SEED_ARTICLE;
  if (!existsSync(articlePath)) {
    // A fresh clone without the shared folder: nothing to measure, which is not a failure.
    console.log(`seed article not found at ${articlePath}; skipping seed coverage (pass --seed-article PATH)`);
    return 0;
  }
  const article = readFileSync(articlePath, 'utf8');
  const bundle = JSON.parse(readFileSync(SEED_BUNDLE, 'utf8')) as SeedBundle;
  // The seed bundle's entities are in the graph, so the extractor may resolve against them as in production.
  const extracted = extractAttributions(article, { known: knownFromBundles([bundle]) });
  const rows = seedCoverage(article, bundle, extracted);
  console.log(json ? JSON.stringify({ article: articlePath, rows }, null, 2) : formatSeedCoverage(rows));
  return 0;
}

function main(): number {
  const args = process.argv.slice(2);
  const known = new Set(['--split', '--check', '--json', '--seed', '--seed-article', '--details', '--help']);
  const unknown = args.filter((a) => a.startsWith('--') && !known.has(a));
  if (args.includes('--help') || unknown.length > 0) {
    console.error(unknown.length > 0 ? `unknown option ${unknown.join(' ')}\n${USAGE}` : USAGE);
    return unknown.length > 0 ? 2 : 0;
  }
  const json = args.includes('--json');
  if (args.includes('--seed')) return runSeed(args, json);
  const splitArg = argValue(args, '--split') ?? (args.includes('--check') ? 'all' : 'test');
  if (splitArg !== 'all' && !(SPLITS as readonly string[]).includes(splitArg)) throw new Error(`--split must be test, dev or all\n${USAGE}`);
  const split = splitArg as Split | 'all';

  if (args.includes('--check')) {
    const results = (split === 'all' ? SPLITS : [split]).map((s) => ({ split: s, ...checkSplit(s) }));
    const problems = results.flatMap((r) => r.problems);
    if (json) console.log(JSON.stringify({ results }, null, 2));
    else {
      for (const r of results) console.log(`${r.split}: ${r.documents} documents, ${r.attributions} attributions`);
      for (const p of problems) console.error(p);
      if (problems.length === 0) {
        console.log('\n' + STATS_HEADER);
        for (const r of results) console.log(formatStats(r.split, setStats(loadSplits(r.split))));
        if (results.length > 1) console.log(formatStats('all', setStats(loadSplits('all'))));
      }
      console.log(problems.length === 0 ? 'gold set OK' : `${problems.length} problem(s)`);
    }
    return problems.length === 0 ? 0 : 1;
  }

  const docs = loadSplits(split);
  if (docs.length === 0) throw new Error(`no documents in split ${split}`);
  const extract = (text: string) => extractAttributions(text);
  const result = runEval(docs, extract);
  if (json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`split ${split}: ${docs.length} documents`);
    console.log(formatReport(result));
    if (args.includes('--details')) console.log('\n' + formatDetails(docs, extract));
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 2;
}
