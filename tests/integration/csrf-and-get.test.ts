import { ingestTwoClaims } from '../support/bundles';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * Apollo's CSRF prevention stays on: a browser on another origin can send a GET or a "simple" POST
 * (text/plain, form encodings) without a CORS preflight, so the server refuses those unless they
 * carry a header only a preflighted request can (`apollo-require-preflight`, or a JSON content type).
 * And a GET never runs a mutation, whatever headers it carries.
 */
let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const read = '{ entity(id: "iran") { name } }';
const getUrl = (query: string, variables?: Record<string, unknown>) =>
  `${server.url}/graphql?query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`;

test('a GET without a preflight header is refused, and runs nothing', async () => {
  const before = server.db.queryCount;
  const res = await fetch(getUrl(read));
  expect(res.status).toBe(400);
  expect(await res.text()).toMatch(/This operation has been blocked as a potential Cross-Site Request Forgery/);
  expect(server.db.queryCount).toBe(before);
});

test('a text/plain POST (no preflight in a browser) is refused, and runs nothing', async () => {
  const before = server.db.queryCount;
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: read }) });
  expect(res.status).toBe(400);
  expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
  expect(server.db.queryCount).toBe(before);
});

test('a form-encoded POST is refused too', async () => {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(read)}` });
  expect(res.status).toBe(400);
  expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
});

test('a GET with the preflight header reads', async () => {
  const res = await fetch(getUrl(read), { headers: { 'apollo-require-preflight': 'true' } });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ data: { entity: { name: 'Iran' } } });
});

test('a GET never runs a mutation, even with the preflight header and an editor key: 405, nothing written', async () => {
  const { x, y } = await ingestTwoClaims(server, 'get-mutation');
  const mutation = 'mutation($from: ID!, $to: ID!) { relateClaims(from: $from, type: SUPPORTS, to: $to) { changed } }';
  const headers = { 'apollo-require-preflight': 'true', authorization: `Bearer ${server.keys.editor}` };

  const res = await fetch(getUrl(mutation, { from: x, to: y }), { headers });
  expect(res.status).toBe(405);
  expect(res.headers.get('allow')).toBe('POST');
  expect(((await res.json()) as any).errors[0].message).toBe('GET requests only support query operations, not mutation operations');
  const rows = await server.cypher('MATCH (:Claim {id: $x})-[r]-(:Claim {id: $y}) RETURN count(r) AS n', { x, y });
  expect(rows[0].n).toBe(0);

  // The same mutation as a POST does write: the GET was refused for being a GET.
  const posted = await server.query(mutation, { from: x, to: y });
  expect(posted.relateClaims.changed).toBe(true);
});
