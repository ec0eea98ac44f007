import { buildClientSchema, getIntrospectionQuery, getNamedType, type IntrospectionQuery } from 'graphql';
import { inputHash } from '../../src/audit/revisionDraft';
import { hashApiKeySecret } from '../../src/auth/apiKeySecret';
import { graphCounts } from '../support/graphCounts';
import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/**
 * The audit trail: every committed mutation writes one Revision in its own transaction (who, what,
 * a hash of the input, the ids touched); `revisions(nodeId)` pages it newest first; a mutation that
 * fails leaves none; nothing in the API changes or deletes one.
 */

let server: TestServer;
let editor: { id: string; name: string };
beforeAll(async () => {
  server = await startTestServer();
  const [row] = await server.cypher('MATCH (k:ApiKey {secretHash: $h}) RETURN k.id AS id, k.name AS name', { h: hashApiKeySecret(server.keys.editor) });
  editor = row as { id: string; name: string };
});
afterAll(async () => { await server.close(); });

const REVISIONS = `query Revisions($nodeId: ID!, $first: Int, $after: String) {
  revisions(nodeId: $nodeId, first: $first, after: $after) {
    totalCount
    edges { cursor node { id at keyId keyName operation inputHash touched } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const INGEST = 'mutation Ingest($input: DocumentBundleInput!) { ingestDocument(input: $input) { document { id } } }';
const RELATE = 'mutation($from: ID!, $type: ClaimRelationType!, $to: ID!) { relateClaims(from: $from, type: $type, to: $to) { changed } }';
const UNRELATE = 'mutation($from: ID!, $type: ClaimRelationType!, $to: ID!) { unrelateClaims(from: $from, type: $type, to: $to) { changed } }';
const ADD_REVIEW = 'mutation($input: ReviewInput!) { addReview(input: $input) { id } }';
const MERGE = 'mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { id } }';
const UNMERGE = 'mutation($mergedId: ID!) { unmergeEntities(mergedId: $mergedId) { restored { id } } }';

const revisions = async (nodeId: string, first?: number, after?: string) => (await server.query(REVISIONS, { nodeId, first, after })).revisions;
const trail = async (nodeId: string) => (await revisions(nodeId, 100)).edges.map((e: { node: any }) => e.node);
const revisionCount = async () => (await server.cypher('MATCH (r:Revision) RETURN count(r) AS n'))[0].n as number;

/** A bundle whose values are already in the form GraphQL hands the service (ISO instants with ms). */
function bundle(p: string) {
  return {
    document: { id: `${p}-doc`, title: `Audit ${p}`, kind: 'NEWS_ARTICLE', publishedAt: '2031-05-01T00:00:00.000Z', publisher: `${p}-outlet` },
    entities: [
      { id: `${p}-outlet`, name: `Audit Outlet ${p}`, kind: 'ORGANIZATION' },
      { id: `${p}-person`, name: `Audit Person ${p}`, kind: 'PERSON' },
    ],
    claims: [{ id: `${p}-c1`, text: `First audit claim ${p}.` }, { id: `${p}-c2`, text: `Second audit claim ${p}.` }],
    attributions: [{ id: `${p}-a1`, claim: `${p}-c1`, speaker: `${p}-person`, mode: 'PARAPHRASE', stance: 'ASSERTS' }],
  };
}

test('an ingest writes one revision: the key, the operation, the input hash and every id it wrote', async () => {
  const p = uniqueId('rev-ingest');
  const input = bundle(p);
  const before = await revisionCount();
  await server.query(INGEST, { input });
  expect(await revisionCount()).toBe(before + 1);

  const page = await revisions(`${p}-doc`);
  expect(page.totalCount).toBe(1);
  const revision = page.edges[0].node;
  expect(revision).toEqual({
    id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    at: expect.any(String),
    keyId: editor.id,
    keyName: editor.name,
    operation: 'ingestDocument',
    inputHash: inputHash(input),
    touched: [`${p}-a1`, `${p}-c1`, `${p}-c2`, `${p}-doc`, `${p}-outlet`, `${p}-person`],
  });
  // The same revision is in the trail of each id it touched, and `at` is the time the ingest wrote.
  for (const id of revision.touched) expect(await trail(id)).toEqual([revision]);
  const [doc] = await server.cypher('MATCH (d:Document {id: $id}) RETURN toString(d.createdAt) AS createdAt', { id: `${p}-doc` });
  expect(new Date(doc.createdAt as string).toISOString()).toBe(revision.at);
});

test('a replay changes no data but is recorded, with the same input hash', async () => {
  const p = uniqueId('rev-replay');
  const input = bundle(p);
  await server.query(INGEST, { input });
  const graph = await graphCounts(server);
  await server.query(INGEST, { input });
  expect(await graphCounts(server)).toEqual(graph);
  const [second, first] = await trail(`${p}-c1`);
  expect(second.inputHash).toBe(first.inputHash);
  expect(second.id).not.toBe(first.id);
  expect(Date.parse(second.at)).toBeGreaterThanOrEqual(Date.parse(first.at));
});

test('each mutation records its operation and what it touched, newest first in the trail', async () => {
  const p = uniqueId('rev-ops');
  await server.query(INGEST, { input: bundle(p) });
  const [c1, c2, person] = [`${p}-c1`, `${p}-c2`, `${p}-person`];
  await server.query(INGEST, { input: { document: { id: `${p}-doc2`, title: 'Twin', kind: 'OTHER' }, entities: [{ id: `${p}-twin`, name: `Audit Twin ${p}`, kind: 'PERSON' }] } });

  await server.query(RELATE, { from: c1, type: 'SUPPORTS', to: c2 });
  await server.query(UNRELATE, { from: c1, type: 'SUPPORTS', to: c2 });
  const review = { id: `${p}-r`, claim: c1, reviewer: `${p}-outlet`, rating: 'False' };
  await server.query(ADD_REVIEW, { input: review });
  await server.query(MERGE, { keep: person, merge: `${p}-twin` });
  await server.query(UNMERGE, { mergedId: `${p}-twin` });

  const claimTrail = await trail(c1);
  expect(claimTrail.map((r: any) => [r.operation, r.touched])).toEqual([
    ['addReview', [c1, `${p}-r`]],
    ['unrelateClaims', [c1, c2]],
    ['relateClaims', [c1, c2]],
    ['ingestDocument', expect.arrayContaining([c1, c2, `${p}-doc`])],
  ]);
  expect(claimTrail[0].inputHash).toBe(inputHash(review));
  expect(claimTrail[1].inputHash).toBe(inputHash({ from: c1, type: 'SUPPORTS', to: c2 }));
  expect(claimTrail.every((r: any) => r.keyId === editor.id && r.keyName === editor.name)).toBe(true);

  expect((await trail(person)).map((r: any) => [r.operation, r.touched, r.inputHash])).toEqual([
    ['unmergeEntities', [person, `${p}-twin`], inputHash({ mergedId: `${p}-twin` })],
    ['mergeEntities', [person, `${p}-twin`], inputHash({ keep: person, merge: `${p}-twin` })],
    ['ingestDocument', expect.arrayContaining([person]), expect.any(String)],
  ]);
});

test('key management is recorded too, under the key id', async () => {
  const admin = await server.createKey('ADMIN');
  const { createApiKey } = await server.query('mutation { createApiKey(input: { name: "audited", role: READER }) { apiKey { id } } }', {}, { key: admin });
  await server.query('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: createApiKey.apiKey.id }, { key: admin });
  expect((await trail(createApiKey.apiKey.id)).map((r: any) => [r.operation, r.touched, r.keyName])).toEqual([
    ['revokeApiKey', [createApiKey.apiKey.id], expect.stringMatching(/^test admin /)],
    ['createApiKey', [createApiKey.apiKey.id], expect.stringMatching(/^test admin /)],
  ]);
});

test('keyset pagination: newest first, every revision once, a stable total', async () => {
  const p = uniqueId('rev-pages');
  await server.query(INGEST, { input: bundle(p) });
  for (let i = 0; i < 3; i += 1) {
    await server.query(RELATE, { from: `${p}-c1`, type: 'NARROWS', to: `${p}-c2` });
    await server.query(UNRELATE, { from: `${p}-c1`, type: 'NARROWS', to: `${p}-c2` });
  }
  const all = await trail(`${p}-c1`);
  expect(all).toHaveLength(7);
  const times = all.map((r: any) => Date.parse(r.at));
  expect([...times].sort((a, b) => b - a)).toEqual(times);

  const seen: string[] = [];
  let after: string | undefined;
  for (let page = 0; page < 4; page += 1) {
    const r = await revisions(`${p}-c1`, 3, after);
    expect(r.totalCount).toBe(7);
    seen.push(...r.edges.map((e: any) => e.node.id));
    expect(r.pageInfo.hasNextPage).toBe(seen.length < 7);
    if (!r.pageInfo.hasNextPage) break;
    after = r.pageInfo.endCursor;
  }
  expect(seen).toEqual(all.map((r: any) => r.id));
});

test('an id nothing touched has an empty trail; a cursor that is not a revisions cursor is BAD_USER_INPUT', async () => {
  expect(await revisions(uniqueId('nothing'))).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  const entitiesCursor = (await server.query('{ entities(first: 1) { pageInfo { endCursor } } }')).entities.pageInfo.endCursor;
  const forged = Buffer.from(JSON.stringify(['not a time', 'x', 'revisions'])).toString('base64url');
  for (const after of [entitiesCursor, forged, 'garbage']) {
    const r = await server.gql(REVISIONS, { nodeId: 'iran', after });
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toBe('after: is not a cursor this API issued; pass a pageInfo.endCursor from a previous page');
  }
});

describe('a mutation that fails writes no revision', () => {
  test.each([
    ['ingestDocument with an unknown speaker', INGEST, (p: string) => ({ input: { ...bundle(p), attributions: [{ id: `${p}-a1`, claim: `${p}-c1`, speaker: `${p}-nobody`, mode: 'PARAPHRASE', stance: 'ASSERTS' }] } })],
    ['relateClaims with an unknown claim', RELATE, (p: string) => ({ from: 'claim-iran-russia-drone-production-agreement', type: 'SUPPORTS', to: `${p}-missing` })],
    ['unrelateClaims with an unknown claim', UNRELATE, (p: string) => ({ from: `${p}-missing`, type: 'SUPPORTS', to: 'claim-iran-russia-drone-production-agreement' })],
    ['addReview of an unknown claim', ADD_REVIEW, (p: string) => ({ input: { id: `${p}-r`, claim: `${p}-missing`, reviewer: 'iran', rating: 'False' } })],
    ['mergeEntities of an unknown entity', MERGE, (p: string) => ({ keep: 'iran', merge: `${p}-missing` })],
    ['unmergeEntities of an id never merged', UNMERGE, () => ({ mergedId: 'iran' })],
    ['revokeApiKey of an unknown key (as admin)', 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', () => ({ id: 'key_0000000000000000' })],
  ])('%s', async (name, query, variables) => {
    const p = uniqueId('rev-fail');
    const key = name.includes('as admin') ? await server.createKey('ADMIN') : undefined;
    const before = { revisions: await revisionCount(), graph: await graphCounts(server) };
    const r = await server.gql(query, variables(p), key ? { key } : {});
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect({ revisions: await revisionCount(), graph: await graphCounts(server) }).toEqual(before);
  });
});

describe('nothing in the API changes or deletes a revision', () => {
  test('no mutation mentions revisions in its name, arguments or result', async () => {
    const schema = buildClientSchema(await server.query<IntrospectionQuery>(getIntrospectionQuery()));
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThanOrEqual(8);
    for (const m of mutations) {
      expect(m.name).not.toMatch(/revision/i);
      expect(getNamedType(m.type).name).not.toMatch(/^Revision/);
      for (const a of m.args) expect(getNamedType(a.type).name).not.toMatch(/^Revision/);
    }
  });

  test('a revision stays byte for byte the same while later mutations (a merge deleting a node it touched) run', async () => {
    const p = uniqueId('rev-immutable');
    await server.query(INGEST, { input: bundle(p) });
    await server.query(INGEST, { input: { document: { id: `${p}-doc2`, title: 'Twin', kind: 'OTHER' }, entities: [{ id: `${p}-twin`, name: `Audit Twin ${p}`, kind: 'PERSON' }] } });
    const snapshot = () =>
      server.cypher(
        `MATCH (r:Revision) WHERE $id IN r.touched
         RETURN r.id AS id, properties(r) AS props, COLLECT { MATCH (t:RevisionTouch {revisionId: r.id}) RETURN properties(t) AS t ORDER BY t.nodeId } AS touches
         ORDER BY id`,
        { id: `${p}-twin` },
      );
    const before = await snapshot();
    expect(before).toHaveLength(1);
    await server.query(MERGE, { keep: `${p}-person`, merge: `${p}-twin` });
    await server.query(INGEST, { input: { ...bundle(p), claims: [{ id: `${p}-c1`, text: `Reworded audit claim ${p}.` }] } });
    await server.query(UNMERGE, { mergedId: `${p}-twin` });
    const after = await snapshot();
    expect(after.filter((r) => r.id === before[0].id)).toEqual(before);
    expect(after).toHaveLength(3);
  });
});
