import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/** `npm run ingest` as a user runs it: a child process, NEO4J_URI pointing at the test Neo4j. */
let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startTestServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-cli-'));
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const root = path.resolve(__dirname, '..', '..');
function runIngest(...args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'src', 'cli', 'ingest.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI },
    timeout: 60_000,
  });
}

function bundle(prefix: string) {
  return {
    document: { id: `${prefix}-doc`, title: 'CLI test', kind: 'NEWS_ARTICLE', publishedAt: '2024-03-01', publisher: `${prefix}-outlet` },
    entities: [{ id: `${prefix}-outlet`, name: `CLI Outlet ${prefix}`, kind: 'ORGANIZATION' }],
    claims: [{ id: `${prefix}-claim`, text: `CLI claim ${prefix}` }],
    attributions: [{ id: `${prefix}-attr`, claim: `${prefix}-claim`, speaker: `${prefix}-outlet`, mode: 'PARAPHRASE', stance: 'ASSERTS' }],
  };
}

test('loads every file of a folder, a line per file and a summary, and exits 0', async () => {
  const a = uniqueId('cli-a');
  const b = uniqueId('cli-b');
  const folder = fs.mkdtempSync(path.join(dir, 'ok-'));
  fs.writeFileSync(path.join(folder, '1.json'), JSON.stringify(bundle(a)));
  fs.writeFileSync(path.join(folder, '2.json'), JSON.stringify(bundle(b)));
  const r = runIngest(folder);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/\[1\/2\] .*1\.json: 1 entities \(1 new\), 1 documents \(1 new\), 1 claims \(1 new\), 1 attributions \(1 new\)/);
  expect(r.stdout).toMatch(/\[2\/2\] .*2\.json/);
  expect(r.stdout).toMatch(/Loaded 2 of 2 file\(s\): 2 new claims, 2 new attributions/);
  const d = await server.query(`query($a:ID!,$b:ID!){ a: claim(id:$a){ text } b: claim(id:$b){ text } }`, { a: `${a}-claim`, b: `${b}-claim` });
  expect(d.a.text).toBe(`CLI claim ${a}`);
  expect(d.b.text).toBe(`CLI claim ${b}`);
});

test('a rejected file is reported with its problems, writes nothing, the others load, exit 1', async () => {
  const good = uniqueId('cli-good');
  const bad = uniqueId('cli-bad');
  const broken = bundle(bad);
  broken.attributions[0].speaker = `${bad}-nobody`;
  const goodFile = path.join(dir, `${good}.json`);
  const badFile = path.join(dir, `${bad}.json`);
  fs.writeFileSync(goodFile, JSON.stringify(bundle(good)));
  fs.writeFileSync(badFile, JSON.stringify(broken));
  const r = runIngest(badFile, goodFile);
  expect(r.status).toBe(1);
  expect(r.stdout).toContain('rejected, nothing written');
  expect(r.stdout).toContain(`attributions[0].speaker: unknown entity id "${bad}-nobody"`);
  expect(r.stdout).toMatch(/Loaded 1 of 2 file\(s\).*1 failed/);
  const rows = await server.cypher('MATCH (n) WHERE n.id STARTS WITH $p RETURN count(n) AS n', { p: bad });
  expect(rows[0].n).toBe(0);
});

test('invalid JSON and missing files are clear errors', () => {
  const file = path.join(dir, 'not-json.json');
  fs.writeFileSync(file, '{ "document": ');
  const r = runIngest(file);
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/not valid JSON/);
  const missing = runIngest(path.join(dir, 'does-not-exist.json'));
  expect(missing.status).toBe(2);
  expect(missing.stderr).toMatch(/No such file or folder/);
});

test('without arguments it prints usage and exits 2', () => {
  const r = runIngest();
  expect(r.status).toBe(2);
  expect(r.stdout).toMatch(/usage: npm run ingest/);
});
