import { serverAudits } from 'graphql-http';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * The GraphQL-over-HTTP conformance audit of the `graphql-http` package, run against the real server:
 * every MUST passes. SHOULDs and MAYs are reported (printed when any fails), not required: some
 * deliberately differ (Apollo answers GET without a preflight header with 400: CSRF prevention).
 * Requests carry no API key: they are reads, and reads are open.
 */
let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const audits = serverAudits({ url: () => `${server.url}/graphql` });

test.each(audits.filter((a) => a.name.startsWith('MUST')).map((a) => [a.name, a] as const))('%s', async (_name, audit) => {
  const result = await audit.fn();
  if (result.status !== 'ok') {
    throw new Error(`${result.name}: ${result.reason}\n${JSON.stringify({ status: result.response.status, body: await result.response.text().catch(() => '') })}`);
  }
});

/**
 * The recommendations the server does not follow, each on purpose:
 * - GET without a preflight header is refused (Apollo's CSRF prevention), so the GET audits that
 *   send none see a 400;
 * - errors before execution (parse, validation, variables) answer 400 rather than 200 with
 *   application/json: clients and proxies see a failed request as failed, and the limits promise a 400.
 */
const KNOWN_DEVIATIONS = [
  'MAY accept application/x-www-form-urlencoded formatted GET requests',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
  'SHOULD use 200 status code on document parsing failure when accepting application/json',
  'SHOULD use 200 status code on document validation failure when accepting application/json',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
];

test('SHOULD and MAY audits: only the known, deliberate deviations', async () => {
  const others = audits.filter((a) => !a.name.startsWith('MUST'));
  const results = await Promise.all(others.map((a) => a.fn()));
  const failing = results.filter((r) => r.status !== 'ok');
  if (failing.length) {
    console.log(`graphql-http audit, recommendations not followed (${failing.length} of ${others.length}):\n  ${failing.map((r) => `${r.status}: ${r.name}${'reason' in r ? ` (${r.reason})` : ''}`).join('\n  ')}`);
  }
  expect(failing.map((r) => r.name).sort()).toEqual([...KNOWN_DEVIATIONS].sort());
});
