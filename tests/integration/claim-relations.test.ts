import { graphCounts } from '../support/graphCounts';
import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/**
 * relateClaims / unrelateClaims through the public API: idempotent, visible from both claims in
 * Claim.related, SAME_AS symmetric, and BAD_USER_INPUT (naming the argument and the id) with nothing
 * written for unknown ids and self-relations.
 */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const RELATE = `mutation Relate($from: ID!, $type: ClaimRelationType!, $to: ID!) {
  relateClaims(from: $from, type: $type, to: $to) { from { id text } type to { id } changed }
}`;
const UNRELATE = `mutation Unrelate($from: ID!, $type: ClaimRelationType!, $to: ID!) {
  unrelateClaims(from: $from, type: $type, to: $to) { from { id } type to { id } changed }
}`;
const RELATED = `query Related($id: ID!) { claim(id: $id) { related { type direction claim { id } } } }`;

/** Three fresh claims in one bundle: a, b, c. */
async function threeClaims(): Promise<{ a: string; b: string; c: string }> {
  const p = uniqueId('rel');
  const [a, b, c] = ['a', 'b', 'c'].map((x) => `${p}-${x}`);
  await server.query(`mutation($input: DocumentBundleInput!) { ingestDocument(input: $input) { document { id } } }`, {
    input: {
      document: { id: `${p}-doc`, title: `Relations ${p}`, kind: 'NEWS_ARTICLE' },
      claims: [a, b, c].map((id) => ({ id, text: `Claim ${id} holds.` })),
    },
  });
  return { a, b, c };
}

const related = async (id: string) => (await server.query(RELATED, { id })).claim.related;
const relate = (from: string, type: string, to: string) => server.query(RELATE, { from, type, to }).then((d) => d.relateClaims);
const unrelate = (from: string, type: string, to: string) => server.query(UNRELATE, { from, type, to }).then((d) => d.unrelateClaims);

/** Relationships between two claims in the graph, as "from TYPE to". */
async function edges(x: string, y: string): Promise<string[]> {
  const rows = await server.cypher(
    `MATCH (a:Claim)-[r]->(b:Claim) WHERE (a.id = $x AND b.id = $y) OR (a.id = $y AND b.id = $x)
     RETURN a.id + ' ' + type(r) + ' ' + b.id AS edge ORDER BY edge`,
    { x, y },
  );
  return rows.map((r) => r.edge as string);
}

test('relateClaims adds the relation once and Claim.related shows it from both sides', async () => {
  const { a, b } = await threeClaims();
  expect(await relate(a, 'SUPPORTS', b)).toEqual({ from: { id: a, text: `Claim ${a} holds.` }, type: 'SUPPORTS', to: { id: b }, changed: true });
  expect(await edges(a, b)).toEqual([`${a} SUPPORTS ${b}`]);
  expect(await related(a)).toEqual([{ type: 'SUPPORTS', direction: 'OUTGOING', claim: { id: b } }]);
  expect(await related(b)).toEqual([{ type: 'SUPPORTS', direction: 'INCOMING', claim: { id: a } }]);

  // Idempotent: the same call again changes nothing.
  const before = await graphCounts(server);
  expect(await relate(a, 'SUPPORTS', b)).toMatchObject({ changed: false });
  expect(await graphCounts(server)).toEqual(before);
  expect(await edges(a, b)).toEqual([`${a} SUPPORTS ${b}`]);
});

test('the direction and the type are part of the relation', async () => {
  const { a, b } = await threeClaims();
  await relate(a, 'NARROWS', b);
  // b NARROWS a is another relation; a CONTRADICTS b is another type.
  expect(await relate(b, 'NARROWS', a)).toMatchObject({ changed: true });
  expect(await relate(a, 'CONTRADICTS', b)).toMatchObject({ changed: true });
  expect(await edges(a, b)).toEqual([`${a} CONTRADICTS ${b}`, `${a} NARROWS ${b}`, `${b} NARROWS ${a}`]);
  expect(await related(a)).toEqual([
    { type: 'CONTRADICTS', direction: 'OUTGOING', claim: { id: b } },
    { type: 'NARROWS', direction: 'INCOMING', claim: { id: b } },
    { type: 'NARROWS', direction: 'OUTGOING', claim: { id: b } },
  ]);

  // Removing b NARROWS a leaves a NARROWS b.
  expect(await unrelate(b, 'NARROWS', a)).toEqual({ from: { id: b }, type: 'NARROWS', to: { id: a }, changed: true });
  expect(await edges(a, b)).toEqual([`${a} CONTRADICTS ${b}`, `${a} NARROWS ${b}`]);
});

test('unrelateClaims removes the relation from both claims, and is idempotent', async () => {
  const { a, b, c } = await threeClaims();
  await relate(a, 'SUPPORTS', b);
  await relate(a, 'SUPPORTS', c);
  expect(await unrelate(a, 'SUPPORTS', b)).toEqual({ from: { id: a }, type: 'SUPPORTS', to: { id: b }, changed: true });
  expect(await related(a)).toEqual([{ type: 'SUPPORTS', direction: 'OUTGOING', claim: { id: c } }]);
  expect(await related(b)).toEqual([]);

  const before = await graphCounts(server);
  expect(await unrelate(a, 'SUPPORTS', b)).toMatchObject({ changed: false });
  expect(await unrelate(a, 'CONTRADICTS', c)).toMatchObject({ changed: false });
  expect(await graphCounts(server)).toEqual(before);
  expect(await edges(a, c)).toEqual([`${a} SUPPORTS ${c}`]);
});

test('SAME_AS is symmetric: it exists in either direction and is removed in either direction', async () => {
  const { a, b } = await threeClaims();
  expect(await relate(a, 'SAME_AS', b)).toMatchObject({ changed: true });
  expect(await relate(b, 'SAME_AS', a)).toMatchObject({ changed: false });
  expect(await edges(a, b)).toEqual([`${a} SAME_AS ${b}`]);
  expect(await related(b)).toEqual([{ type: 'SAME_AS', direction: 'INCOMING', claim: { id: a } }]);

  expect(await unrelate(b, 'SAME_AS', a)).toMatchObject({ changed: true });
  expect(await edges(a, b)).toEqual([]);
});

describe('bad input: BAD_USER_INPUT naming the argument and the id, nothing written', () => {
  async function rejected(query: string, variables: Record<string, string>) {
    const before = await graphCounts(server);
    const res = await server.gql(query, variables);
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await graphCounts(server)).toEqual(before);
    return res.errors![0];
  }

  test.each([['relateClaims', RELATE], ['unrelateClaims', UNRELATE]])('%s: an unknown `to` id', async (_name, query) => {
    const { a, b } = await threeClaims();
    await relate(a, 'SUPPORTS', b);
    const missing = uniqueId('missing-claim');
    const error = await rejected(query, { from: a, type: 'SUPPORTS', to: missing });
    expect(error.message).toBe(`to: unknown claim id "${missing}"`);
    expect(error.extensions.problems).toEqual([{ path: 'to', id: missing, message: `unknown claim id "${missing}"` }]);
    expect(await edges(a, b)).toEqual([`${a} SUPPORTS ${b}`]);
    expect(await related(a)).toEqual([{ type: 'SUPPORTS', direction: 'OUTGOING', claim: { id: b } }]);
  });

  test.each([['relateClaims', RELATE], ['unrelateClaims', UNRELATE]])('%s: an unknown `from` id, and both unknown', async (_name, query) => {
    const { b } = await threeClaims();
    const missing = uniqueId('missing-claim');
    const error = await rejected(query, { from: missing, type: 'CONTRADICTS', to: b });
    expect(error.extensions.problems).toEqual([{ path: 'from', id: missing, message: `unknown claim id "${missing}"` }]);

    const other = uniqueId('missing-claim');
    const both = await rejected(query, { from: missing, type: 'CONTRADICTS', to: other });
    expect(both.extensions.problems.map((p: { path: string; id: string }) => [p.path, p.id])).toEqual([['from', missing], ['to', other]]);
    expect(both.message).toMatch(/^from: unknown claim id .* \(and 1 more problem: see extensions.problems\)$/);
  });

  test.each([['relateClaims', RELATE], ['unrelateClaims', UNRELATE]])('%s: a claim related to itself', async (_name, query) => {
    const { a } = await threeClaims();
    const error = await rejected(query, { from: a, type: 'SAME_AS', to: a });
    expect(error.extensions.problems).toEqual([{ path: 'to', id: a, message: 'a claim cannot be related to itself' }]);
    expect(await related(a)).toEqual([]);
  });

  test('a relation type outside the enum is rejected by the schema', async () => {
    const { a, b } = await threeClaims();
    const before = await graphCounts(server);
    const res = await server.gql(RELATE, { from: a, type: 'LIKES', to: b });
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/LIKES/);
    expect(await graphCounts(server)).toEqual(before);
  });
});
