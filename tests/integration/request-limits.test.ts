import { getIntrospectionQuery } from 'graphql';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * What one request may cost (README "Limits"), over HTTP as a client sees it: each limit refuses an
 * over-limit request with a 400 naming the limit and the value, and no Cypher reaches Neo4j
 * (Database.queryCount does not move). Requests are sent without an API key (reads are open), so
 * not even a key lookup runs.
 */
let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** Runs a request and returns its answer and the number of Cypher statements it sent. */
async function counted<T>(request: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const before = server.db.queryCount;
  const result = await request();
  return { result, queries: server.db.queryCount - before };
}

/** claim > attributions > `hops` x via > id: `hops + 3` levels, every level but one a single object. */
const nest = (hops: number) =>
  `{ claim(id: "claim-iran-russia-drone-production-agreement") { attributions { ${'via { '.repeat(hops)}id${' }'.repeat(hops)} } } }`;

test('depth: 10 levels run', async () => {
  const { result, queries } = await counted(() => post({ query: nest(7) }));
  expect(result.status).toBe(200);
  expect(result.body.errors).toBeUndefined();
  expect(result.body.data.claim.attributions.length).toBeGreaterThan(0);
  expect(queries).toBeGreaterThan(0);
});

test('depth over the limit: 400, GRAPHQL_VALIDATION_FAILED, the depth and the limit named, no Cypher', async () => {
  const { result, queries } = await counted(() => post({ query: nest(8) }));
  expect(result.status).toBe(400);
  expect(result.body.errors).toHaveLength(1);
  expect(result.body.errors[0].message).toBe('The query is nested 11 levels deep; the limit is 10 (MAX_QUERY_DEPTH).');
  expect(result.body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth', max: 10, actual: 11 });
  expect(queries).toBe(0);
});

test('aliases: 15 run, 16 are refused', async () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: entity(id: "iran") { name }`).join(' ')} }`;
  const ok = await counted(() => post({ query: aliased(15) }));
  expect(ok.result.status).toBe(200);
  expect(ok.result.body.data.a14).toEqual({ name: 'Iran' });

  const over = await counted(() => post({ query: aliased(16) }));
  expect(over.result.status).toBe(400);
  expect(over.result.body.errors[0].message).toBe('The query uses 16 aliases; the limit is 15 (MAX_QUERY_ALIASES).');
  expect(over.result.body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases', actual: 16, max: 15 });
  expect(over.queries).toBe(0);
});

test('tokens: a document over 2000 tokens is refused by the parser, naming the limit', async () => {
  // each `name` is one token; the rest of the query adds a handful
  const query = `{ entity(id: "iran") { ${'name '.repeat(2000)} } }`;
  const { result, queries } = await counted(() => post({ query }));
  expect(result.status).toBe(400);
  expect(result.body.errors[0].message).toBe('The query has more than 2000 tokens; the limit is 2000 (MAX_QUERY_TOKENS).');
  expect(result.body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', limit: 'tokens', max: 2000 });
  expect(queries).toBe(0);

  // 15 aliased lists of 100 ids: about 1800 tokens, under the limit, and the query runs
  const ids = Array.from({ length: 100 }, () => '"iran"').join(' ');
  const blocks = Array.from({ length: 15 }, (_, i) => `a${i}: claims(filter: { saidBy: [${ids}] }, first: 1) { totalCount }`);
  const fine = await post({ query: `{ ${blocks.join(' ')} }` });
  expect(fine.status).toBe(200);
  expect(fine.body.errors).toBeUndefined();
  expect(fine.body.data.a14.totalCount).toBeGreaterThan(0);
});

test('directives: 50 run, 51 are refused', async () => {
  const directed = (n: number) => `query($t: Boolean = true) { entity(id: "iran") { ${'name @include(if: $t) '.repeat(n)} } }`;
  const ok = await post({ query: directed(50) });
  expect(ok.status).toBe(200);
  expect(ok.body.data.entity.name).toBe('Iran');

  const over = await counted(() => post({ query: directed(51) }));
  expect(over.result.status).toBe(400);
  expect(over.result.body.errors[0].message).toBe('The query uses 51 directives; the limit is 50 (MAX_QUERY_DIRECTIVES).');
  expect(over.queries).toBe(0);
});

describe('cost', () => {
  // 1 + 100 edges + 100 claims + 500 attributions + 500 speakers + 2500 affiliations + 2500 entities
  const expensive = `query($n: Int) { claims(first: $n) { edges { node { attributions { speaker { affiliations { entity { name } } } } } } } }`;

  test('page sizes multiplied through nesting: over 5000 is refused with the cost, no Cypher', async () => {
    const { result, queries } = await counted(() => post({ query: expensive, variables: { n: 100 } }));
    expect(result.status).toBe(400);
    expect(result.body.errors[0].message).toMatch(/^The query may cost 6201 \(.*\); the limit is 5000 \(MAX_QUERY_COST\)\.$/);
    expect(result.body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', actual: 6201, max: 5000 });
    expect(queries).toBe(0);
  });

  test('the same query with a small page runs', async () => {
    // 1 + 2 + 2 + 10 + 10 + 50 + 50 = 125
    const { result, queries } = await counted(() => post({ query: expensive, variables: { n: 2 } }));
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.claims.edges).toHaveLength(2);
    expect(queries).toBeGreaterThan(0);
  });

  test('without a page size, the schema default (20) counts', async () => {
    // 1 + 20 + 20 + 100 + 100 + 500 + 500 = 1241: under the limit
    const { result } = await counted(() => post({ query: expensive }));
    expect(result.status).toBe(200);
    expect(result.body.data.claims.edges).toHaveLength(20);
  });
});

test('`first` over 100 stays BAD_USER_INPUT from the services, before any Cypher', async () => {
  const { result, queries } = await counted(() => post({ query: '{ entities(first: 101) { edges { node { id } } } }' }));
  expect(result.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(result.body.errors[0].message).toMatch(/first: must be between 0 and 100; got 101/);
  expect(queries).toBe(0);
});

test('request body over 1 MB: 413 with a JSON error naming the size and the limit, no Cypher', async () => {
  const padding = 'x'.repeat(1024 * 1024);
  const body = JSON.stringify({ query: '{ entity(id: "iran") { name } }', variables: { padding } });
  const { result, queries } = await counted(() => post(body));
  expect(result.status).toBe(413);
  expect(result.body.errors[0].message).toBe(`The request body has ${Buffer.byteLength(body)} bytes; the limit is 1048576 (MAX_BODY_BYTES).`);
  expect(result.body.errors[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', limit: 'bodyBytes', max: 1048576 });
  expect(queries).toBe(0);

  // just under the limit is fine
  const under = await post({ query: '{ entity(id: "iran") { name } }', variables: { padding: 'x'.repeat(1000 * 1000) } });
  expect(under.status).toBe(200);
  expect(under.body.data.entity.name).toBe('Iran');
});

test('invalid JSON gets a 400 with a JSON error, not an HTML page', async () => {
  const { result, queries } = await counted(() => post('{ "query": '));
  expect(result.status).toBe(400);
  expect(result.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  expect(result.body.errors[0].message).toMatch(/^The request body is not valid JSON/);
  expect(queries).toBe(0);
});

test('batched requests (a JSON array of operations) are refused, none runs', async () => {
  const one = { query: '{ entity(id: "iran") { name } }' };
  const { result, queries } = await counted(() => post([one, one]));
  expect(result.status).toBe(400);
  expect(result.body.errors[0].message).toBe('Operation batching disabled.');
  expect(queries).toBe(0);
});

test("the explorer's full introspection query stays within the limits", async () => {
  const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
  const { result, queries } = await counted(() => post({ query }));
  expect(result.status).toBe(200);
  expect(result.body.errors).toBeUndefined();
  expect(result.body.data.__schema.queryType.name).toBe('Query');
  expect(queries).toBe(0);
});
