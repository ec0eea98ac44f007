import { hashApiKeySecret } from '../../src/auth/apiKeySecret';
import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/** Key management over GraphQL: apiKeys, createApiKey, revokeApiKey, for ADMIN keys only. */

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.createKey('ADMIN');
});
afterAll(async () => { await server.close(); });

const KEY_FIELDS = 'id name role createdAt expiresAt revokedAt status introspection';
const CREATE = `mutation Create($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { ${KEY_FIELDS} } } }`;
const REVOKE = `mutation Revoke($id: ID!) { revokeApiKey(id: $id) { ${KEY_FIELDS} } }`;
const LIST = `{ apiKeys { ${KEY_FIELDS} } }`;
const INGEST = 'mutation($input: DocumentBundleInput!) { ingestDocument(input: $input) { document { id } } }';

const asAdmin = <T = any>(query: string, variables: Record<string, unknown> = {}) => server.query<T>(query, variables, { key: admin });

test('an admin creates a key: the secret comes back once, works at once, and has the role asked for', async () => {
  const name = `Ingest bot ${uniqueId('k')}`;
  const { createApiKey } = await asAdmin(CREATE, { input: { name, role: 'EDITOR', expiresAt: '2999-01-01' } });
  expect(createApiKey.secret).toMatch(/^cgk_[A-Za-z0-9_-]{43}$/);
  expect(createApiKey.apiKey).toEqual({
    id: expect.stringMatching(/^key_[0-9a-f]{16}$/),
    name,
    role: 'EDITOR',
    createdAt: expect.any(String),
    expiresAt: '2999-01-01T00:00:00.000Z',
    revokedAt: null,
    status: 'ACTIVE',
    introspection: false,
  });
  const [stored] = await server.cypher('MATCH (k:ApiKey {id: $id}) RETURN k.secretHash AS h', { id: createApiKey.apiKey.id });
  expect(stored.h).toBe(hashApiKeySecret(createApiKey.secret));

  // The new key is an editor: it ingests, and it may not manage keys.
  const doc = uniqueId('admin-doc');
  const ingested = await server.query(INGEST, { input: { document: { id: doc, title: 'By the new key', kind: 'OTHER' } } }, { key: createApiKey.secret });
  expect(ingested.ingestDocument.document.id).toBe(doc);
  const refused = await server.gql(LIST, {}, { key: createApiKey.secret });
  expect(refused.status).toBe(403);
  expect(refused.errors![0]).toMatchObject({ message: `apiKeys needs role ADMIN; this API key ("${name}") has role EDITOR.`, extensions: { code: 'FORBIDDEN' } });
});

test('apiKeys lists keys newest first, never a secret or its hash', async () => {
  const { createApiKey: a } = await asAdmin(CREATE, { input: { name: `first ${uniqueId('k')}`, role: 'READER' } });
  const { createApiKey: b } = await asAdmin(CREATE, { input: { name: `second ${uniqueId('k')}`, role: 'ADMIN', introspection: true } });
  const { apiKeys } = await asAdmin(LIST);
  const ids = apiKeys.map((k: { id: string }) => k.id);
  expect(ids.indexOf(b.apiKey.id)).toBeLessThan(ids.indexOf(a.apiKey.id));
  expect(apiKeys.find((k: { id: string }) => k.id === b.apiKey.id)).toEqual(b.apiKey);
  expect(b.apiKey).toMatchObject({ role: 'ADMIN', introspection: true, expiresAt: null });
  const everything = JSON.stringify(apiKeys);
  expect(everything).not.toContain(a.secret.slice(4));
  expect(everything).not.toContain(hashApiKeySecret(a.secret));
  // The schema has no field that could return one.
  const type = await asAdmin('{ __type(name: "ApiKey") { fields { name } } }');
  expect(type.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'introspection', 'name', 'revokedAt', 'role', 'status']);
});

test('revokeApiKey: the key is refused from then on; revoking again changes nothing', async () => {
  const { createApiKey } = await asAdmin(CREATE, { input: { name: `revoke me ${uniqueId('k')}`, role: 'EDITOR' } });
  const { revokeApiKey } = await asAdmin(REVOKE, { id: createApiKey.apiKey.id });
  expect(revokeApiKey).toEqual({ ...createApiKey.apiKey, revokedAt: expect.any(String), status: 'REVOKED' });
  const again = await asAdmin(REVOKE, { id: createApiKey.apiKey.id });
  expect(again.revokeApiKey.revokedAt).toBe(revokeApiKey.revokedAt);
  const r = await server.gql('{ health }', {}, { key: createApiKey.secret });
  expect(r.status).toBe(401);
  expect(r.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  const { apiKeys } = await asAdmin(LIST);
  expect(apiKeys.find((k: { id: string }) => k.id === createApiKey.apiKey.id).status).toBe('REVOKED');
});

test('an admin may revoke its own key, which ends its access', async () => {
  const { createApiKey } = await asAdmin(CREATE, { input: { name: `self ${uniqueId('k')}`, role: 'ADMIN' } });
  await server.query(REVOKE, { id: createApiKey.apiKey.id }, { key: createApiKey.secret });
  expect((await server.gql(LIST, {}, { key: createApiKey.secret })).status).toBe(401);
});

describe('bad input: BAD_USER_INPUT naming the field, nothing written', () => {
  const count = async () => (await server.cypher('MATCH (n) WHERE n:ApiKey OR n:Revision RETURN count(n) AS n'))[0].n;

  test.each([
    [{ name: '   ', role: 'EDITOR' }, 'input.name', 'must not be empty: name the person or script the key is for'],
    [{ name: 'x'.repeat(101), role: 'EDITOR' }, 'input.name', 'must be at most 100 characters; got 101'],
    [{ name: 'tab\there', role: 'EDITOR' }, 'input.name', 'must not contain control characters'],
    [{ name: 'late', role: 'EDITOR', expiresAt: '2001-01-01' }, 'input.expiresAt', 'must be in the future; got 2001-01-01T00:00:00.000Z'],
  ])('createApiKey %j', async (input, path, message) => {
    const before = await count();
    const r = await server.gql(CREATE, { input }, { key: admin });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path, message }] });
    expect(r.data).toBeNull();
    expect(await count()).toBe(before);
  });

  test('revokeApiKey of an unknown id', async () => {
    const before = await count();
    const r = await server.gql(REVOKE, { id: 'key_ffffffffffffffff' }, { key: admin });
    expect(r.errors![0].message).toBe('id: unknown API key id "key_ffffffffffffffff"');
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });

  test('a role outside the enum is refused by the schema', async () => {
    const r = await server.gql(CREATE, { input: { name: 'x', role: 'ROOT' } }, { key: admin });
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/ROOT/);
  });
});
