import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type IntrospectionQuery,
} from 'graphql';
import { graphCounts } from '../support/graphCounts';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * Every mutation the schema has, found by introspection (so a mutation added later is covered
 * without touching this file), refuses a request without a key (UNAUTHENTICATED, HTTP 401) and a
 * READER key (FORBIDDEN, HTTP 403); key management also refuses an EDITOR key. The check comes
 * before validation: the probe arguments are type-correct but point at nothing, and what comes back
 * is the refusal, not BAD_USER_INPUT. Nothing is written, not even a revision.
 */

let server: TestServer;
let keys: { reader: string; editor: string };
let mutations: { name: string; query: string; variables: Record<string, unknown> }[];

/** Mutations only ADMIN may run; every other mutation needs EDITOR. */
const ADMIN_ONLY = new Set(['createApiKey', 'revokeApiKey']);

/** A value of the type that passes GraphQL validation: required input fields only, empty lists. */
function probeValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return probeValue(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, probeValue(f.type)]));
  }
  if (isScalarType(type)) {
    const byName: Record<string, unknown> = { Int: 1, Float: 1, Boolean: false, DateTime: '2999-01-01T00:00:00Z' };
    return byName[type.name] ?? `t-auth-probe-${type.name.toLowerCase()}`;
  }
  throw new Error(`no probe value for ${String(type)}`);
}

beforeAll(async () => {
  server = await startTestServer();
  keys = { reader: await server.createKey('READER'), editor: server.keys.editor };
  const schema = buildClientSchema(await server.query<IntrospectionQuery>(getIntrospectionQuery()));
  mutations = Object.values(schema.getMutationType()!.getFields()).map((field) => {
    const args = field.args.filter((a) => isNonNullType(a.type));
    const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
    const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    return {
      name: field.name,
      query: `mutation Probe${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
      variables: Object.fromEntries(args.map((a) => [a.name, probeValue(a.type)])),
    };
  });
});
afterAll(async () => { await server.close(); });

test('the probe finds every mutation the API is known to have', () => {
  expect(mutations.map((m) => m.name)).toEqual(
    expect.arrayContaining(['ingestDocument', 'relateClaims', 'unrelateClaims', 'addReview', 'mergeEntities', 'unmergeEntities', 'createApiKey', 'revokeApiKey']),
  );
});

async function revisionCount(): Promise<number> {
  return (await server.cypher('MATCH (r:Revision) RETURN count(r) AS n'))[0].n as number;
}

test('every mutation refuses a request without a key: UNAUTHENTICATED, HTTP 401, nothing written', async () => {
  const before = { graph: await graphCounts(server), revisions: await revisionCount() };
  for (const m of mutations) {
    const r = await server.gql(m.query, m.variables, { key: null });
    expect({ mutation: m.name, status: r.status, code: r.errors?.[0]?.extensions?.code, data: r.data }).toEqual({
      mutation: m.name,
      status: 401,
      code: 'UNAUTHENTICATED',
      data: null,
    });
    expect(r.errors![0].message).toMatch(new RegExp(`^${m.name} needs an API key with role (EDITOR or ADMIN|ADMIN)`));
  }
  expect({ graph: await graphCounts(server), revisions: await revisionCount() }).toEqual(before);
});

test('every mutation refuses a READER key: FORBIDDEN, HTTP 403, nothing written', async () => {
  const before = { graph: await graphCounts(server), revisions: await revisionCount() };
  for (const m of mutations) {
    const r = await server.gql(m.query, m.variables, { key: keys.reader });
    expect({ mutation: m.name, status: r.status, code: r.errors?.[0]?.extensions?.code, data: r.data }).toEqual({
      mutation: m.name,
      status: 403,
      code: 'FORBIDDEN',
      data: null,
    });
    expect(r.errors![0].message).toMatch(/has role READER\.$/);
  }
  expect({ graph: await graphCounts(server), revisions: await revisionCount() }).toEqual(before);
});

test('key management refuses an EDITOR key; the other mutations get past the role check with it', async () => {
  const before = await revisionCount();
  for (const m of mutations) {
    if (ADMIN_ONLY.has(m.name)) {
      const r = await server.gql(m.query, m.variables, { key: keys.editor });
      expect({ mutation: m.name, status: r.status, code: r.errors?.[0]?.extensions?.code }).toEqual({ mutation: m.name, status: 403, code: 'FORBIDDEN' });
    } else if (m.name !== 'ingestDocument') {
      // The probe ids exist nowhere, so an editor gets as far as validation: BAD_USER_INPUT, not a refusal.
      // (ingestDocument's probe is a valid bundle of one document; the ingest tests cover editors there.)
      const r = await server.gql(m.query, m.variables, { key: keys.editor });
      expect({ mutation: m.name, code: r.errors?.[0]?.extensions?.code }).toEqual({ mutation: m.name, code: 'BAD_USER_INPUT' });
    }
  }
  expect(await revisionCount()).toBe(before);
});
