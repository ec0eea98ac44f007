import { hashApiKeySecret } from '../../src/auth/apiKeySecret';
import { article, DRAFT_FIELDS, inventedSurname, QUOTE } from '../support/draftArticle';
import { graphCounts } from '../support/graphCounts';
import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/**
 * The drafts API, second half: acceptDraft ingests the reviewed draft (with edits) and marks it in one
 * transaction, leaving `suggestion` metadata on what it created; bad edits write nothing; a draft is
 * accepted or rejected once.
 */

let server: TestServer;
let editorName: string;
beforeAll(async () => {
  server = await startTestServer();
  const [row] = await server.cypher('MATCH (k:ApiKey {secretHash: $h}) RETURN k.name AS name', { h: hashApiKeySecret(server.keys.editor) });
  editorName = row.name as string;
});
afterAll(async () => { await server.close(); });

const SAVE = `mutation Save($text: String!, $document: DraftDocumentInput) { saveDraft(text: $text, document: $document) { ${DRAFT_FIELDS} } }`;
const ACCEPT = `mutation Accept($id: ID!, $edits: DraftEditsInput) {
  acceptDraft(id: $id, edits: $edits) {
    draft { id status acceptedBy acceptedAt document { id title url publishedAt } }
    ingest { document { id } claims { created matched } attributions { created matched } }
  }
}`;
const REJECT = 'mutation Reject($id: ID!, $reason: String) { rejectDraft(id: $id, reason: $reason) { id status rejectedBy rejectedAt rejectReason acceptedAt } }';
const SUGGESTION = 'suggestion { suggestedBy confidence draftId acceptedBy acceptedAt }';
const CLAIM = `query($id: ID!) { claim(id: $id) { id text ${SUGGESTION} attributions { id stance speaker { id } ${SUGGESTION} } } }`;

const count = async (label: string) => (await server.cypher(`MATCH (n:${label}) RETURN count(n) AS n`))[0].n as number;

/** Saves a draft of the invented article; finds its direct quote, the mayor's statement and the officials' one. */
async function savedDraft(document: Record<string, unknown> = { id: uniqueId('draft-doc') }) {
  const { saveDraft: draft } = await server.query(SAVE, { text: article(inventedSurname()), document });
  const { attributions, entities, items } = draft.bundle;
  const isAnonymous = (a: any) => entities.find((e: any) => e.id === a.speaker)?.anonymous === true;
  const direct = attributions.find((a: any) => a.mode === 'DIRECT_QUOTE');
  const officials = attributions.find(isAnonymous);
  const mayor = attributions.find((a: any) => a !== direct && !isAnonymous(a));
  const officialsItem = items.find((i: any) => i.anonymous);
  expect([direct, officials, mayor, officialsItem].every(Boolean)).toBe(true);
  return { draft, direct, officials, mayor, officialsItem };
}

test('acceptDraft ingests the draft, marks it ACCEPTED and leaves suggestion metadata on what it created', async () => {
  const { draft, direct } = await savedDraft();
  const revisionsBefore = await count('Revision');
  const { acceptDraft } = await server.query(ACCEPT, { id: draft.id });
  expect(acceptDraft.draft).toMatchObject({ id: draft.id, status: 'ACCEPTED', acceptedBy: editorName, document: { id: draft.bundle.document.id } });
  expect(acceptDraft.ingest).toEqual({
    document: { id: draft.bundle.document.id },
    claims: { created: draft.bundle.claims.length, matched: 0 },
    attributions: { created: draft.bundle.attributions.length, matched: 0 },
  });
  expect(await count('Revision')).toBe(revisionsBefore + 1);

  const { claim } = await server.query(CLAIM, { id: direct.claim });
  const expected = (confidence: number) => ({ suggestedBy: 'extractor', confidence, draftId: draft.id, acceptedBy: editorName, acceptedAt: acceptDraft.draft.acceptedAt });
  expect(claim.suggestion).toEqual(expected(draft.bundle.claims.find((c: any) => c.id === direct.claim).confidence));
  expect(claim.attributions.find((a: any) => a.id === direct.id).suggestion).toEqual(expected(direct.confidence));
  const [node] = await server.cypher(
    'MATCH (a:Attribution {id: $id}) RETURN a.suggestedBy AS by, a.suggestedConfidence AS confidence, a.acceptedBy AS acceptedBy, a.draftId AS draftId, a.quote AS quote',
    { id: direct.id },
  );
  expect(node).toEqual({ by: 'extractor', confidence: direct.confidence, acceptedBy: editorName, draftId: draft.id, quote: QUOTE });
  const { revisions } = await server.query('query($id: ID!) { revisions(nodeId: $id) { edges { node { operation touched } } } }', { id: draft.id });
  expect(revisions.edges.map((e: any) => e.node.operation)).toEqual(['acceptDraft', 'saveDraft']);
  expect(revisions.edges[0].node.touched).toEqual(expect.arrayContaining([draft.id, direct.id, direct.claim, draft.bundle.document.id]));
});

test('hand-entered claims and attributions have no suggestion', async () => {
  const p = uniqueId('draft-hand');
  await server.query('mutation($input: DocumentBundleInput!) { ingestDocument(input: $input) { document { id } } }', {
    input: {
      document: { id: `${p}-doc`, title: 'By hand', kind: 'NEWS_ARTICLE' },
      entities: [{ id: `${p}-e`, name: `Hand Person ${p}`, kind: 'PERSON' }],
      claims: [{ id: `${p}-c`, text: 'Typed by a person.' }],
      attributions: [{ id: `${p}-a`, claim: `${p}-c`, speaker: `${p}-e`, mode: 'PARAPHRASE', stance: 'ASSERTS' }],
    },
  });
  const { claim } = await server.query(CLAIM, { id: `${p}-c` });
  expect(claim.suggestion).toBeNull();
  expect(claim.attributions).toEqual([{ id: `${p}-a`, stance: 'ASSERTS', speaker: { id: `${p}-e` }, suggestion: null }]);
});

test("the reviewer's edits are applied: a dropped item is absent, a new claim text, stance, speaker and document are present", async () => {
  const { draft, direct, officials, mayor, officialsItem } = await savedDraft();
  const p = uniqueId('draft-edit');
  const { acceptDraft } = await server.query(ACCEPT, {
    id: draft.id,
    edits: {
      drop: [officialsItem.id],
      claims: [{ id: direct.claim, text: `The old bridge is no longer safe (${p}).` }],
      attributions: [{ id: mayor.id, stance: 'ACKNOWLEDGES' }],
      document: { id: `${p}-doc`, title: 'Harbor City bridge to close', url: 'https://example.org/harbor', publishedAt: '2031-03-04T09:00:00Z' },
    },
  });
  expect(acceptDraft.draft.document).toEqual({ id: `${p}-doc`, title: 'Harbor City bridge to close', url: 'https://example.org/harbor', publishedAt: '2031-03-04T09:00:00.000Z' });
  expect(acceptDraft.ingest.attributions.created).toBe(draft.bundle.attributions.length - 1);

  expect(await server.cypher('MATCH (a:Attribution {id: $id}) RETURN a', { id: officials.id })).toEqual([]);
  expect(await server.cypher('MATCH (d:Document {id: $id}) RETURN d', { id: draft.bundle.document.id })).toEqual([]);
  const { claim } = await server.query(CLAIM, { id: direct.claim });
  expect(claim.text).toBe(`The old bridge is no longer safe (${p}).`);
  const [mayorNode] = await server.cypher('MATCH (a:Attribution {id: $id})-[:RECORDED_IN]->(d:Document) RETURN a.stance AS stance, d.id AS doc', { id: mayor.id });
  expect(mayorNode).toEqual({ stance: 'ACKNOWLEDGES', doc: `${p}-doc` });
});

test('an edit giving an attribution an existing graph entity as speaker links it to that entity', async () => {
  const p = uniqueId('draft-speaker');
  await server.query('mutation($input: DocumentBundleInput!) { ingestDocument(input: $input) { document { id } } }', {
    input: {
      document: { id: `${p}-doc`, title: 'Inspectors', kind: 'REPORT' },
      entities: [{ id: `${p}-inspectors`, name: `Harbor Inspectorate ${p}`, kind: 'ORGANIZATION' }],
    },
  });
  const { draft, officials } = await savedDraft();
  await server.query(ACCEPT, { id: draft.id, edits: { attributions: [{ id: officials.id, speaker: `${p}-inspectors` }] } });
  const [row] = await server.cypher('MATCH (:Attribution {id: $id})-[:SAID_BY]->(e:Entity) RETURN e.id AS id', { id: officials.id });
  expect(row).toEqual({ id: `${p}-inspectors` });
});

test('bad edits are BAD_USER_INPUT naming the edit, and nothing is written: the draft stays PENDING', async () => {
  const { draft, direct, mayor } = await savedDraft();
  const nobody = uniqueId('nobody');
  const cases: [Record<string, unknown>, string, string | RegExp][] = [
    [{ attributions: [{ id: mayor.id, speaker: nobody }] }, 'edits.attributions[0].speaker', new RegExp(`unknown entity id "${nobody}"`)],
    [{ claims: [{ id: direct.claim, text: '   ' }] }, 'edits.claims[0].text', 'must not be empty'],
    [{ drop: ['x99'] }, 'edits.drop[0]', `draft "${draft.id}" has no claim, attribution or extracted item "x99"`],
    [{ attributions: [{ id: 'no-such-attribution', stance: 'DENIES' }] }, 'edits.attributions[0].id', `draft "${draft.id}" has no attribution "no-such-attribution"`],
    [{ document: { id: 'not an id' } }, 'edits.document.id', /must start with a letter or digit/],
  ];
  const before = { graph: await graphCounts(server), revisions: await count('Revision') };
  for (const [edits, path, message] of cases) {
    const r = await server.gql(ACCEPT, { id: draft.id, edits });
    expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const [problem] = r.errors![0].extensions.problems;
    expect(problem.path).toBe(path);
    expect(problem.message).toMatch(message);
    expect(r.errors![0].message.startsWith(`${path}: `)).toBe(true);
  }
  expect({ graph: await graphCounts(server), revisions: await count('Revision') }).toEqual(before);
  const [node] = await server.cypher('MATCH (d:Draft {id: $id}) RETURN d.status AS status', { id: draft.id });
  expect(node.status).toBe('PENDING');
  // The same draft is still accepted once the edit is fixed.
  expect((await server.query(ACCEPT, { id: draft.id, edits: { claims: [{ id: direct.claim, text: 'The bridge is unsafe.' }] } })).acceptDraft.draft.status).toBe('ACCEPTED');
});

test('a draft is accepted once: accepting it again or rejecting it is BAD_USER_INPUT and writes nothing', async () => {
  const { draft } = await savedDraft();
  await server.query(ACCEPT, { id: draft.id });
  const before = { graph: await graphCounts(server), revisions: await count('Revision') };
  const again = await server.gql(ACCEPT, { id: draft.id });
  expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'id', id: draft.id }] });
  expect(again.errors![0].message).toMatch(new RegExp(`^id: draft "${draft.id}" is already accepted \\(by ${editorName} at .+\\) and cannot be accepted`));
  const reject = await server.gql(REJECT, { id: draft.id });
  expect(reject.errors![0].message).toMatch(/is already accepted .* cannot be rejected/);
  expect({ graph: await graphCounts(server), revisions: await count('Revision') }).toEqual(before);
});

test('rejectDraft marks the draft REJECTED with who and why and writes nothing else; it can then not be accepted', async () => {
  const { draft } = await savedDraft();
  const before = { claims: await count('Claim'), attributions: await count('Attribution'), entities: await count('Entity') };
  const { rejectDraft } = await server.query(REJECT, { id: draft.id, reason: 'Already covered by the council minutes.' });
  expect(rejectDraft).toEqual({ id: draft.id, status: 'REJECTED', rejectedBy: editorName, rejectedAt: expect.any(String), rejectReason: 'Already covered by the council minutes.', acceptedAt: null });
  expect({ claims: await count('Claim'), attributions: await count('Attribution'), entities: await count('Entity') }).toEqual(before);
  const accept = await server.gql(ACCEPT, { id: draft.id });
  expect(accept.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'id', id: draft.id }] });
  expect(accept.errors![0].message).toMatch(/is already rejected .* cannot be accepted/);
  expect((await server.gql(REJECT, { id: draft.id })).errors![0].message).toMatch(/is already rejected/);
  const long = await server.gql(REJECT, { id: (await savedDraft()).draft.id, reason: 'x'.repeat(1001) });
  expect(long.errors![0].extensions.problems[0]).toMatchObject({ path: 'reason', message: 'must be at most 1000 characters; got 1001' });
});

test('an unknown draft id is BAD_USER_INPUT naming the id', async () => {
  const id = uniqueId('no-draft');
  for (const query of [ACCEPT, REJECT]) {
    const r = await server.gql(query, { id });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'id', id, message: `no draft with id "${id}"` }] });
  }
});
