import fs from 'node:fs';
import path from 'node:path';
import { extractAttributions } from '../extract/extractAttributions';
import { EXTRACT_USAGE, parseExtractArgs } from '../extract/extractArgs';
import { extractDraftBundle } from '../extract/draftBundle';
import { knownFromBundles } from '../extract/knownFromBundles';

/**
 * `npm run extract -- ARTICLE.txt [--url U --title T --publisher NAME --published-at ISO]
 * [--format bundle|attributions] [--known BUNDLE.json ...]`: prints the extractor's draft (an ingest
 * bundle with confidences) or its attributions as JSON on stdout. Offline: no database. Names resolve
 * against the entities of the --known bundles (default: data/seed/*.json). Exits 1 on any problem.
 */
const REPO_ROOT = path.resolve(__dirname, '../..');

function defaultKnownFiles(): string[] {
  const dir = path.join(REPO_ROOT, 'data/seed');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f)) : [];
}

function readJson(file: string): unknown {
  if (!fs.existsSync(file)) throw new Error(`known-entities bundle not found: ${file}`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`known-entities bundle ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function main(): number {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(EXTRACT_USAGE);
    return 0;
  }
  const args = parseExtractArgs(argv);
  if (!fs.existsSync(args.article) || !fs.statSync(args.article).isFile()) throw new Error(`article file not found: ${args.article}`);
  const text = fs.readFileSync(args.article, 'utf8');
  const known = knownFromBundles((args.known ?? defaultKnownFiles()).map((f) => readJson(f) as Parameters<typeof knownFromBundles>[0][number]));
  const output =
    args.format === 'attributions'
      ? extractAttributions(text, { known })
      : extractDraftBundle(text, { url: args.url, title: args.title, publisher: args.publisher, publishedAt: args.publishedAt }, { known });
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`extract: ${(error as Error).message}`);
  process.exitCode = 1;
}
