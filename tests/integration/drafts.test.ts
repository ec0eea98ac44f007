import { hashApiKeySecret } from '../../src/auth/apiKeySecret';
import { article, DRAFT_BUNDLE_FIELDS, DRAFT_FIELDS, inventedSurname, QUOTE } from '../support/draftArticle';
import { graphCounts } from '../support/graphCounts';
import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/**
 * The drafts API, first half: extractDraft (reads the text, resolves speakers against the graph,
 * writes nothing), saveDraft, the review queue (drafts, draft) and who may do what. Accepting and
 * rejecting drafts: drafts-accept.test.ts.
 */

let server: TestServer;
let editorName: string;
let reader: string;
beforeAll(async () => {
  server = await startTestServer();
  reader = await server.createKey('READER');
  const [row] = await server.cypher('MATCH (k:ApiKey {secretHash: $h}) RETURN k.name AS name', { h: hashApiKeySecret(server.keys.editor) });
  editorName = row.name as string;
});
afterAll(async () => { await server.close(); });

const EXTRACT = `query Extract($text: String!, $document: DraftDocumentInput) { extractDraft(text: $text, document: $document) { ${DRAFT_BUNDLE_FIELDS} } }`;
const SAVE = `mutation Save($text: String!, $document: DraftDocumentInput) { saveDraft(text: $text, document: $document) { ${DRAFT_FIELDS} } }`;
const DRAFT = `query Draft($id: ID!) { draft(id: $id) { ${DRAFT_FIELDS} } }`;
const DRAFTS = `query Drafts($first: Int, $after: String, $status: DraftStatus) {
  drafts(first: $first, after: $after, status: $status) { totalCount edges { cursor node { id status createdBy } } pageInfo { hasNextPage endCursor } }
}`;
const REJECT = 'mutation Reject($id: ID!, $reason: String) { rejectDraft(id: $id, reason: $reason) { id status } }';
const ACCEPT = 'mutation Accept($id: ID!) { acceptDraft(id: $id) { draft { id } } }';

const count = async (label: string) => (await server.cypher(`MATCH (n:${label}) RETURN count(n) AS n`))[0].n as number;

test('extractDraft returns the items with verbatim offsets and a bundle with confidences, and writes nothing', async () => {
  const surname = inventedSurname();
  const text = article(surname);
  const before = { graph: await graphCounts(server), revisions: await count('Revision') };
  const { extractDraft } = await server.query(EXTRACT, { text, document: { id: uniqueId('draft-doc'), title: 'Bridge to close', publishedAt: '2031-03-04' } });

  for (const item of extractDraft.items) {
    for (const span of [item.content, item.speaker, item.cue].filter(Boolean)) expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  const direct = extractDraft.items.find((i: any) => i.mode === 'DIRECT');
  expect(direct).toMatchObject({ content: { text: QUOTE, start: text.indexOf(QUOTE), end: text.indexOf(QUOTE) + QUOTE.length }, speaker: { text: surname }, cue: { text: 'told reporters' }, anonymous: false });
  const anonymous = extractDraft.items.find((i: any) => i.anonymous);
  expect(anonymous).toMatchObject({ speaker: { text: 'Officials familiar with the inspection' }, content: { text: 'the repairs could cost more than $40 million' }, mode: 'INDIRECT', cue: { text: 'said' } });
  expect(extractDraft.items.map((i: any) => i.id)).toEqual(extractDraft.items.map((_: unknown, i: number) => `x${i + 1}`));

  expect(extractDraft.document).toMatchObject({ title: 'Bridge to close', kind: 'NEWS_ARTICLE', publishedAt: '2031-03-04T00:00:00.000Z' });
  expect(extractDraft.attributions.length).toBeGreaterThanOrEqual(3);
  const quoted = extractDraft.attributions.find((a: any) => a.mode === 'DIRECT_QUOTE');
  expect(quoted.quote).toBe(QUOTE);
  for (const x of [...extractDraft.claims, ...extractDraft.attributions]) {
    expect(x.confidence).toBeGreaterThan(0);
    expect(x.confidence).toBeLessThanOrEqual(1);
  }
  // No entity of the graph has this surname: the speakers are the draft's own entities.
  expect(extractDraft.items.every((i: any) => i.speakerEntityId === null)).toBe(true);
  expect({ graph: await graphCounts(server), revisions: await count('Revision') }).toEqual(before);
});

test('extractDraft resolves a speaker to the graph entity with that name', async () => {
  const p = uniqueId('draft-resolve');
  const surname = inventedSurname();
  await server.query('mutation($input: DocumentBundleInput!) { ingestDocument(input: $input) { document { id } } }', {
    input: {
      document: { id: `${p}-doc`, title: 'Earlier article', kind: 'NEWS_ARTICLE' },
      entities: [{ id: `${p}-mayor`, name: `Elena ${surname}`, kind: 'PERSON', aliases: [`Mayor ${surname}`, surname] }],
      claims: [{ id: `${p}-c`, text: 'The harbour is busy.' }],
      attributions: [{ id: `${p}-a`, claim: `${p}-c`, speaker: `${p}-mayor`, mode: 'PARAPHRASE', stance: 'ASSERTS' }],
    },
  });
  const { extractDraft } = await server.query(EXTRACT, { text: article(surname) });
  const mayorItems = extractDraft.items.filter((i: any) => i.speakerEntityId === `${p}-mayor`);
  expect(mayorItems.length).toBeGreaterThanOrEqual(1);
  expect(mayorItems[0].speakerCanonical).toBe(`Elena ${surname}`);
  const quoted = extractDraft.attributions.find((a: any) => a.mode === 'DIRECT_QUOTE');
  expect(quoted.speaker).toBe(`${p}-mayor`);
  // The anonymous officials matched nothing in the graph.
  expect(extractDraft.items.find((i: any) => i.anonymous).speakerEntityId).toBeNull();
});

test('extractDraft refuses an empty or over-long text and a malformed document, naming the field', async () => {
  const tooLong = await server.gql(EXTRACT, { text: 'a'.repeat(100_001) });
  expect(tooLong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'text', message: 'must be at most 100000 characters; got 100001' }] });
  const empty = await server.gql(EXTRACT, { text: '  ' });
  expect(empty.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'text', message: 'must not be empty' }] });
  const badDoc = await server.gql(EXTRACT, { text: 'Text.', document: { id: 'has space', url: 'ftp://x' } });
  expect(badDoc.errors![0].extensions.problems.map((p: any) => p.path)).toEqual(['document.id', 'document.url']);
});

test('saveDraft stores a PENDING draft with the text, the bundle and the key, writes no claim, and is audited', async () => {
  const text = article(inventedSurname());
  const before = { claims: await count('Claim'), attributions: await count('Attribution'), entities: await count('Entity'), documents: await count('Document') };
  const { saveDraft } = await server.query(SAVE, { text, document: { title: 'Bridge to close', url: 'https://example.org/bridge' } });
  expect(saveDraft).toMatchObject({ status: 'PENDING', text, createdBy: editorName, acceptedAt: null, acceptedBy: null, rejectedAt: null, document: null });
  expect(saveDraft.id).toMatch(/^draft-[0-9a-f-]{36}$/);
  // A draft saved without a document id gets one of its own.
  expect(saveDraft.bundle.document).toMatchObject({ id: `doc-${saveDraft.id}`, title: 'Bridge to close', url: 'https://example.org/bridge' });
  expect(saveDraft.bundle.items.find((i: any) => i.mode === 'DIRECT').content.text).toBe(QUOTE);

  expect((await server.query(DRAFT, { id: saveDraft.id })).draft).toEqual(saveDraft);
  const [node] = await server.cypher('MATCH (d:Draft {id: $id}) RETURN d.status AS status, d.createdBy AS createdBy, d.bundle AS bundle', { id: saveDraft.id });
  expect(node.status).toBe('PENDING');
  expect(JSON.parse(node.bundle as string).document.id).toBe(`doc-${saveDraft.id}`);
  expect({ claims: await count('Claim'), attributions: await count('Attribution'), entities: await count('Entity'), documents: await count('Document') }).toEqual(before);

  const { revisions } = await server.query('query($id: ID!) { revisions(nodeId: $id) { edges { node { operation keyName touched } } } }', { id: saveDraft.id });
  expect(revisions.edges.map((e: any) => e.node)).toEqual([{ operation: 'saveDraft', keyName: editorName, touched: [saveDraft.id] }]);
});

test('saveDraft refuses a text without attributions: nothing to review, nothing written', async () => {
  const before = await count('Draft');
  const r = await server.gql(SAVE, { text: 'The bridge is old. It spans the river.' });
  expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'text' }] });
  expect(r.errors![0].message).toMatch(/^text: the extractor found no attribution/);
  expect(await count('Draft')).toBe(before);
});

test('drafts pages newest first with keyset cursors and filters by status', async () => {
  const pendingBefore = (await server.query(DRAFTS, { first: 0, status: 'PENDING' })).drafts.totalCount;
  const ids: string[] = [];
  for (let i = 0; i < 3; i += 1) ids.push((await server.query(SAVE, { text: article(inventedSurname()) })).saveDraft.id);

  const first = (await server.query(DRAFTS, { first: 2 })).drafts;
  expect(first.edges.map((e: any) => e.node.id)).toEqual([ids[2], ids[1]]);
  expect(first.pageInfo.hasNextPage).toBe(true);
  const second = (await server.query(DRAFTS, { first: 1, after: first.pageInfo.endCursor })).drafts;
  expect(second.edges.map((e: any) => e.node.id)).toEqual([ids[0]]);
  expect(second.edges[0].node).toEqual({ id: ids[0], status: 'PENDING', createdBy: editorName });

  await server.query(REJECT, { id: ids[1], reason: 'duplicate' });
  const pending = (await server.query(DRAFTS, { first: 2, status: 'PENDING' })).drafts;
  expect(pending.edges.map((e: any) => e.node.id)).toEqual([ids[2], ids[0]]);
  expect(pending.totalCount).toBe(pendingBefore + 2);
  const rejected = (await server.query(DRAFTS, { first: 1, status: 'REJECTED' })).drafts;
  expect(rejected.edges[0].node).toEqual({ id: ids[1], status: 'REJECTED', createdBy: editorName });

  const made = await server.gql(DRAFTS, { after: 'nonsense' });
  expect(made.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'after' }] });
});

test('draft(id) answers null for an unknown id', async () => {
  expect((await server.query(DRAFT, { id: uniqueId('no-draft') })).draft).toBeNull();
});

test('saving, accepting and rejecting need an EDITOR key: a READER or no key is refused, nothing written', async () => {
  const { saveDraft } = await server.query(SAVE, { text: article(inventedSurname()) });
  const before = { graph: await graphCounts(server), revisions: await count('Revision') };
  for (const [query, variables] of [[SAVE, { text: article(inventedSurname()) }], [ACCEPT, { id: saveDraft.id }], [REJECT, { id: saveDraft.id }]] as const) {
    const asReader = await server.gql(query, variables, { key: reader });
    expect({ status: asReader.status, code: asReader.errors![0].extensions.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const anonymous = await server.gql(query, variables, { key: null });
    expect({ status: anonymous.status, code: anonymous.errors![0].extensions.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  }
  expect({ graph: await graphCounts(server), revisions: await count('Revision') }).toEqual(before);
  // Reading the queue and extracting are reads: open to a READER key like every other read.
  expect((await server.query(DRAFT, { id: saveDraft.id }, { key: reader })).draft.status).toBe('PENDING');
  expect((await server.query(EXTRACT, { text: article('Smith') }, { key: reader })).extractDraft.items.length).toBeGreaterThanOrEqual(3);
});
