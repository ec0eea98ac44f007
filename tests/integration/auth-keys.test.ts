import { ApiKeyRepository } from '../../src/auth/apiKeyRepository';
import { ApiKeyService } from '../../src/auth/apiKeyService';
import { hashApiKeySecret } from '../../src/auth/apiKeySecret';
import { localProcess } from '../../src/auth/roles';
import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/**
 * Authentication: what the Authorization header does to a request. Reads are open without a key;
 * a key that does not work (malformed, unknown, expired, revoked) is UNAUTHENTICATED with HTTP 401,
 * for reads too, saying why without naming any key.
 */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const READ = '{ entity(id: "iran") { name } }';

/** POST /graphql with exactly this Authorization header (or none). */
async function withHeader(authorization: string | undefined, query = READ) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== undefined) headers.authorization = authorization;
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return { status: res.status, wwwAuthenticate: res.headers.get('www-authenticate'), body: (await res.json()) as { data?: any; errors?: any[] } };
}

function expectUnauthenticated(r: Awaited<ReturnType<typeof withHeader>>, message: RegExp) {
  expect(r.status).toBe(401);
  expect(r.wwwAuthenticate).toBe('Bearer realm="claimgraph"');
  expect(r.body.data).toBeUndefined();
  expect(r.body.errors).toHaveLength(1);
  expect(r.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  // The HTTP status travels in the status line, not in the body.
  expect(r.body.errors![0].extensions.http).toBeUndefined();
  expect(r.body.errors![0].message).toMatch(message);
}

test('reads need no key (the quick start stays open)', async () => {
  const r = await withHeader(undefined);
  expect(r.status).toBe(200);
  expect(r.body).toEqual({ data: { entity: { name: 'Iran' } } });
});

test('a valid key of any role reads, with the scheme in any case', async () => {
  const reader = await server.createKey('READER');
  expect((await withHeader(`Bearer ${reader}`)).body).toEqual({ data: { entity: { name: 'Iran' } } });
  expect((await withHeader(`bearer ${server.keys.editor}`)).body).toEqual({ data: { entity: { name: 'Iran' } } });
});

test('another scheme, or Bearer without a key, is refused', async () => {
  expectUnauthenticated(await withHeader('Basic dXNlcjpwYXNz'), /^The Authorization header must be "Bearer <key>"\.$/);
  expectUnauthenticated(await withHeader('Bearer'), /must be "Bearer <key>"/);
  expectUnauthenticated(await withHeader(`Bearer ${server.keys.editor} extra`), /must be "Bearer <key>"/);
});

test('a malformed key is refused without a database lookup', async () => {
  const before = server.db.queryCount;
  expectUnauthenticated(await withHeader('Bearer not-a-key'), /^The API key is malformed: claimgraph keys start with "cgk_"/);
  expect(server.db.queryCount).toBe(before);
});

test('an unknown key is refused, for reads as well as writes', async () => {
  const unknown = `cgk_${'Q'.repeat(43)}`;
  expectUnauthenticated(await withHeader(`Bearer ${unknown}`), /^The API key is not valid: no such key\./);
  expectUnauthenticated(await withHeader(`Bearer ${unknown}`, 'mutation { unmergeEntities(mergedId: "x") { relationshipsRestored } }'), /no such key/);
});

test('a revoked key is refused from its next request on, and the message names no key', async () => {
  const name = `to revoke ${uniqueId('k')}`;
  const secret = await server.createKey('EDITOR', { name });
  expect((await withHeader(`Bearer ${secret}`)).status).toBe(200);
  const [row] = await server.cypher('MATCH (k:ApiKey {secretHash: $h}) RETURN k.id AS id', { h: hashApiKeySecret(secret) });
  await new ApiKeyService(new ApiKeyRepository(server.db), localProcess('test')).revoke(row.id as string);
  const r = await withHeader(`Bearer ${secret}`);
  expectUnauthenticated(r, /^The API key was revoked on \d{4}-\d\d-\d\dT[\d:.]+Z; ask an admin for a new one\.$/);
  expect(JSON.stringify(r.body)).not.toContain(row.id as string);
  expect(JSON.stringify(r.body)).not.toContain(name);
});

test('an expired key is refused, and says when it expired', async () => {
  // Created by a service whose clock says 2020, expiring in 2021: expired now.
  const past = new ApiKeyService(new ApiKeyRepository(server.db), localProcess('test'), () => new Date('2020-01-01T00:00:00Z'));
  const { secret } = await past.create({ name: `expired ${uniqueId('k')}`, role: 'ADMIN', expiresAt: '2021-01-01T00:00:00Z' });
  expectUnauthenticated(await withHeader(`Bearer ${secret}`), /^The API key expired on 2021-01-01T00:00:00\.000Z; ask an admin for a new one\.$/);
});

test('a key that expires in the future works', async () => {
  const secret = await server.createKey('READER', { expiresAt: '2999-01-01T00:00:00Z' });
  expect((await withHeader(`Bearer ${secret}`)).status).toBe(200);
});

test('the database holds only the hash of a key, never the secret', async () => {
  const secret = await server.createKey('EDITOR');
  const [row] = await server.cypher('MATCH (k:ApiKey {secretHash: $h}) RETURN properties(k) AS p', { h: hashApiKeySecret(secret) });
  const props = row.p as Record<string, unknown>;
  expect(Object.keys(props).sort()).toEqual(['createdAt', 'id', 'introspection', 'name', 'role', 'secretHash']);
  expect(JSON.stringify(props)).not.toContain(secret.slice(4));
  const anywhere = await server.cypher(
    `MATCH (n) WHERE any(k IN keys(n) WHERE
       (valueType(n[k]) STARTS WITH 'STRING' AND n[k] CONTAINS $s) OR
       (valueType(n[k]) STARTS WITH 'LIST<STRING' AND any(x IN n[k] WHERE x CONTAINS $s)))
     RETURN count(n) AS n`,
    { s: secret.slice(4, 24) },
  );
  expect(anywhere[0].n).toBe(0);
});
