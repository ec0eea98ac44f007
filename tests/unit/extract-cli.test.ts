import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseBundle } from '../../src/ingest/bundle';
import { parseExtractArgs } from '../../src/extract/extractArgs';

/** `npm run extract`: spawned as a process (no database needed), JSON on stdout, clear errors with exit 1. */
const ROOT = path.join(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const SEED_ARTICLE = '/work/shared/seed/russia-ukraine-news-2022-11-21.txt';

function run(...args: string[]) {
  return spawnSync(TSX, ['src/cli/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('bundle format on the seed article: the publisher resolves to the seed entity, the draft parses', () => {
  const r = run(SEED_ARTICLE, '--publisher', 'CNN', '--title', 'Seed live blog', '--published-at', '2022-11-21T12:00:00Z', '--url', 'https://example.com/live');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const draft = JSON.parse(r.stdout);
  expect(draft.document).toMatchObject({ publisher: 'cnn', title: 'Seed live blog', publishedAt: '2022-11-21T12:00:00.000Z', url: 'https://example.com/live' });
  expect(draft.attributions.some((a: { speaker: string }) => a.speaker === 'adrienne-watson')).toBe(true);
  expect(() => parseBundle(JSON.parse(JSON.stringify(draft, (k, v) => (k === 'confidence' ? undefined : v))))).not.toThrow();
});

test('attributions format with --known bundles', () => {
  const article = path.join(dir, 'a.txt');
  fs.writeFileSync(article, 'Zoe Angstrom said the museum would open in April. “It will be free,” she said.');
  const known = path.join(dir, 'known.json');
  fs.writeFileSync(known, JSON.stringify({ entities: [{ id: 'zoe', name: 'Zoë Ångström', kind: 'PERSON', aliases: [] }] }));
  const r = run(article, '--format', 'attributions', '--known', known);
  expect(r.status).toBe(0);
  const items = JSON.parse(r.stdout);
  expect(items.map((i: { id: string; speakerEntityId: string; mode: string }) => [i.id, i.speakerEntityId, i.mode])).toEqual([
    ['x1', 'zoe', 'INDIRECT'],
    ['x2', 'zoe', 'DIRECT'],
  ]);
});

test.each([
  [['/no/such/article.txt'], /article file not found: \/no\/such\/article.txt/],
  [[SEED_ARTICLE, '--published-at', 'last Tuesday'], /--published-at must be an ISO-8601 date-time .*got "last Tuesday"/],
  [[SEED_ARTICLE, '--known', '/no/such/bundle.json'], /known-entities bundle not found/],
])('errors print a clear message and exit 1: %j', (args, message) => {
  const r = run(...(args as string[]));
  expect(r.status).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
});

test('argument parsing', () => {
  expect(parseExtractArgs(['a.txt', '--known', 'x.json', 'y.json', '--format', 'attributions'])).toMatchObject({
    format: 'attributions',
    known: ['x.json', 'y.json'],
    publishedAt: null,
  });
  expect(parseExtractArgs(['a.txt']).known).toBeNull();
  expect(() => parseExtractArgs([])).toThrow(/expected exactly one article file/);
  expect(() => parseExtractArgs(['a.txt', '--format', 'xml'])).toThrow(/--format must be "bundle" or "attributions"/);
  expect(() => parseExtractArgs(['a.txt', '--url', 'ftp://x'])).toThrow(/--url must be an http\(s\) URL/);
  expect(() => parseExtractArgs(['a.txt', '--colour'])).toThrow(/unknown option --colour/);
  expect(() => parseExtractArgs(['a.txt', '--title'])).toThrow(/--title needs a value/);
});
