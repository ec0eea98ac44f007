import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/** `npm run keys` (and the ingest CLI's audit trail) as a user runs them: child processes, NEO4J_URI at the test Neo4j. */
let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const root = path.resolve(__dirname, '..', '..');
/**
 * Runs a CLI to its end. Asynchronously, unlike spawnSync: the test server lives in this process,
 * and a blocked event loop lets its keep-alive connections time out under the next request.
 */
function run(cli: 'keys' | 'ingest', ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'src', 'cli', `${cli}.ts`), ...args], {
      env: { ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI },
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const REVISIONS = 'query($id: ID!) { revisions(nodeId: $id) { edges { node { keyId keyName operation } } } }';
const INGEST = 'mutation($input: DocumentBundleInput!) { ingestDocument(input: $input) { document { id } } }';

/** Creates a key with the CLI; returns its id and secret as printed. */
async function create(...args: string[]): Promise<{ id: string; secret: string; stdout: string }> {
  const r = await run('keys', 'create', ...args);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const id = /Created API key (key_[0-9a-f]{16}) /.exec(r.stdout)?.[1];
  const secret = r.stdout.split('\n').find((line) => /^cgk_[A-Za-z0-9_-]{43}$/.test(line));
  expect(id).toBeDefined();
  expect(secret).toBeDefined();
  return { id: id!, secret: secret!, stdout: r.stdout };
}

test('create prints the id and the secret once; the key works at once with the role asked for', async () => {
  const name = `CLI editor ${uniqueId('k')}`;
  const { id, secret, stdout } = await create('--role', 'editor', '--name', name, '--expires', '2999-01-01', '--introspection');
  expect(stdout).toContain(`Created API key ${id} (editor, "${name}", expires 2999-01-01T00:00:00.000Z, introspection).`);
  expect(stdout).toContain('shown only this once');

  const doc = uniqueId('cli-key-doc');
  await server.query(INGEST, { input: { document: { id: doc, title: 'Written with a CLI key', kind: 'OTHER' } } }, { key: secret });
  expect((await server.query(REVISIONS, { id: doc })).revisions.edges).toEqual([{ node: { keyId: id, keyName: name, operation: 'ingestDocument' } }]);
  // An editor, not an admin.
  expect((await server.gql('{ apiKeys { id } }', {}, { key: secret })).status).toBe(403);
  // Key management from the CLI is in the audit trail as the local process.
  expect((await server.query(REVISIONS, { id })).revisions.edges).toEqual([{ node: { keyId: null, keyName: 'cli:keys', operation: 'createApiKey' } }]);
});

test('list shows every key with its role and status, and no secret; revoke ends the key', async () => {
  const name = `CLI reader ${uniqueId('k')}`;
  const { id, secret } = await create('--role=reader', `--name=${name}`);
  const listed = await run('keys', 'list');
  expect(listed.status).toBe(0);
  expect(listed.stdout).toMatch(/^ID\s+ROLE\s+STATUS\s+CREATED\s+EXPIRES\s+INTROSPECTION\s+NAME$/m);
  expect(listed.stdout).toMatch(new RegExp(`^${id}\\s+READER\\s+ACTIVE\\s+\\S+Z\\s+-\\s+no\\s+${name}$`, 'm'));
  expect(listed.stdout).not.toContain('cgk_');
  expect(listed.stdout).not.toContain(secret.slice(4));

  expect((await server.gql('{ health }', {}, { key: secret })).status).toBe(200);
  const revoked = await run('keys', 'revoke', id);
  expect(revoked.status).toBe(0);
  expect(revoked.stdout).toMatch(new RegExp(`Revoked API key ${id} \\(reader, "${name}"\\) at \\S+Z: requests with it are refused\\.`));
  const refused = await server.gql('{ health }', {}, { key: secret });
  expect(refused.status).toBe(401);
  expect(refused.errors![0].message).toMatch(/^The API key was revoked on /);
  expect((await run('keys', 'list')).stdout).toMatch(new RegExp(`^${id}\\s+READER\\s+REVOKED\\s`, 'm'));
});

test('refusals: an unknown id or a past expiry exit 1 with the reason; usage errors exit 2', async () => {
  const unknown = await run('keys', 'revoke', 'key_ffffffffffffffff');
  expect(unknown.status).toBe(1);
  expect(unknown.stderr).toContain('id: unknown API key id "key_ffffffffffffffff"');

  const late = await run('keys', 'create', '--role', 'editor', '--name', 'late', '--expires', '2001-01-01');
  expect(late.status).toBe(1);
  expect(late.stderr).toContain('--expires: must be in the future; got 2001-01-01T00:00:00.000Z');

  const usage = await run('keys', 'create', '--role', 'superuser', '--name', 'x');
  expect(usage.status).toBe(2);
  expect(usage.stderr).toMatch(/--role must be one of reader, editor, admin\nusage:/);
  const none = await run('keys');
  expect(none.status).toBe(2);
  expect(none.stderr).toMatch(/no command given/);
});

test('the ingest CLI writes without a key and is recorded as cli:ingest', async () => {
  const p = uniqueId('cli-audit');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-keys-cli-'));
  try {
    const file = path.join(dir, 'bundle.json');
    fs.writeFileSync(file, JSON.stringify({ document: { id: `${p}-doc`, title: 'CLI audit', kind: 'OTHER' } }));
    const r = await run('ingest', file);
    expect(r.status).toBe(0);
    expect((await server.query(REVISIONS, { id: `${p}-doc` })).revisions.edges).toEqual([{ node: { keyId: null, keyName: 'cli:ingest', operation: 'ingestDocument' } }]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
