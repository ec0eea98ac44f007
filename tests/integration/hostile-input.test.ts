import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/**
 * Bad input at volume (property-based, fast-check): thousands of malformed bundles and hostile
 * strings (quotes, backticks, Cypher fragments, control characters, mojibake, lone surrogates, very
 * long and odd Unicode text) through the public GraphQL API. Whatever arrives: no 5xx, no crash (the
 * server still answers), every error one meant for the client, and the graph unchanged (node and
 * relationship counts plus a checksum over every node's and relationship's properties).
 * Runs are bounded (numRuns) so the file takes well under a minute.
 */
let server: TestServer;
let before: GraphFingerprint;
beforeAll(async () => {
  server = await startTestServer();
  before = await fingerprint();
});
afterAll(async () => { await server.close(); });

interface GraphFingerprint { nodes: number; relationships: number; checksum: string }

async function fingerprint(): Promise<GraphFingerprint> {
  const nodes = await server.cypher('MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props');
  const rels = await server.cypher('MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS props');
  const lines = [...nodes, ...rels].map((row) => JSON.stringify(row, Object.keys(row).sort()) + JSON.stringify(Object.entries(row.props as object).sort())).sort();
  return { nodes: nodes.length, relationships: rels.length, checksum: createHash('sha256').update(lines.join('\n')).digest('hex') };
}

/** Codes of errors meant for the client; anything else (INTERNAL_SERVER_ERROR above all) fails the test. */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PAYLOAD_TOO_LARGE']);

async function send(body: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.keys.editor}` },
    body,
  });
  return { status: res.status, json: await res.json() };
}

function expectClientError(r: { status: number; json: any }): void {
  if (r.status >= 500) throw new Error(`HTTP ${r.status}: ${JSON.stringify(r.json).slice(0, 2000)}`);
  const codes: string[] = (r.json.errors ?? []).map((e: any) => e.extensions?.code);
  const unexpected = codes.filter((c) => !CLIENT_CODES.has(c));
  if (unexpected.length) throw new Error(`unexpected error codes ${unexpected.join(', ')}: ${JSON.stringify(r.json).slice(0, 2000)}`);
}

const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "'", '"', '`', '\\', '\\"', "'; MATCH (n) DETACH DELETE n //", '` }) DETACH DELETE n //', '") RETURN 1 UNION MATCH (n) RETURN n //',
    '$ids', '{id: 1}', 'CALL dbms.shutdown()', '// comment', '/* x', '\u0000', '\u0007\b\f', '\uFEFF', '\u202Eevil', '\u200B\u200D',
    'Ã©Ã¨â€™', '\uFFFD\uFFFD', '\x80\x81\xfe\xff', '💥👩‍👩‍👧', 'e\u0301\u0301\u0301\u0301', '\uD800', '\uDFFF\uD800',
    '__proto__', 'constructor', 'NaN', '-1', '<script>alert(1)</script>', '%s%n%x', 'AND 1=1 --', '*', 'text:*', 'a~', '"phrase',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), fc.integer({ min: 500, max: 4000 })).map(([s, n]) => s.repeat(n)),
);

/** A bundle that would be valid (fresh ids, hostile free text), broken by one defect. */
type Bundle = Record<string, any>;
const DEFECTS: Record<string, (b: Bundle, s: string, p: string) => void> = {
  unknownSpeaker: (b, _s, p) => { b.attributions[0].speaker = `${p}-nobody`; },
  hostileId: (b, s) => { b.entities[0].id = `'${s}`; },
  hostileReference: (b, s) => { b.claims[0].about = [`\`${s}`]; },
  quoteOnParaphrase: (b, s) => { Object.assign(b.attributions[0], { mode: 'PARAPHRASE', quote: `${s}x` }); },
  directQuoteWithoutQuote: (b) => { Object.assign(b.attributions[0], { mode: 'DIRECT_QUOTE', quote: null }); },
  emptyText: (b) => { b.claims[0].text = ' \t\n '; },
  overLongText: (b, s) => { b.claims[0].text = 'x'.repeat(5001) + s; },
  duplicateId: (b) => { b.claims.push({ ...b.claims[0] }); },
  badEnum: (b, s) => { b.entities[0].kind = `${s}!`; },
  badDate: (b, s) => { b.document.publishedAt = `x${s}`; },
  unknownField: (b, s) => { b.entities[0].evil = s; },
  wrongType: (b) => { b.claims[0].text = 12345; },
  missingTitle: (b) => { delete b.document.title; },
  viaCycle: (b) => { b.attributions[0].via = b.attributions[1].id; b.attributions[1].via = b.attributions[0].id; },
  unknownVia: (b, _s, p) => { b.attributions[1].via = `${p}-ghost`; },
  selfRelation: (b) => { b.relations = [{ from: b.claims[0].id, type: 'SUPPORTS', to: b.claims[0].id }]; },
  selfAffiliation: (b) => { b.entities[0].affiliations = [{ entity: b.entities[0].id, role: 'x' }]; },
  badUrl: (b, s) => { b.document.url = `javascript:${s}`; },
  badLanguage: (b, s) => { b.document.language = `${s}!`; },
};

function brokenBundle(texts: string[], defect: string, s: string): Bundle {
  const p = uniqueId('hostile');
  const t = (i: number) => texts[i % texts.length];
  const b: Bundle = {
    document: { id: `${p}-doc`, title: t(0), kind: 'NEWS_ARTICLE', publishedAt: '2024-03-01', publisher: `${p}-outlet` },
    entities: [
      { id: `${p}-outlet`, name: t(1), kind: 'ORGANIZATION', aliases: [t(2)], description: t(3) },
      { id: `${p}-person`, name: t(4), kind: 'PERSON', affiliations: [{ entity: `${p}-outlet`, role: t(5) }] },
    ],
    claims: [{ id: `${p}-c0`, text: t(6), about: [`${p}-person`] }, { id: `${p}-c1`, text: t(7) }],
    attributions: [
      { id: `${p}-a0`, claim: `${p}-c0`, speaker: `${p}-person`, mode: 'DIRECT_QUOTE', stance: 'ASSERTS', cue: t(8), quote: t(9) },
      { id: `${p}-a1`, claim: `${p}-c1`, speaker: `${p}-outlet`, mode: 'REPORTED', stance: 'DENIES', cue: t(10) },
    ],
  };
  DEFECTS[defect](b, s, p);
  return b;
}

const INGEST = 'mutation($input: DocumentBundleInput!) { ingestDocument(input: $input) { document { id } } }';

test('malformed bundles with hostile text: refused as bad input, never a 5xx, nothing written', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(hostile, { minLength: 1, maxLength: 11 }), fc.constantFrom(...Object.keys(DEFECTS)), hostile, async (texts, defect, s) => {
      const r = await send(JSON.stringify({ query: INGEST, variables: { input: brokenBundle(texts, defect, s) } }));
      expectClientError(r);
      expect(r.json.errors?.length).toBeGreaterThan(0);
      expect(r.json.data?.ingestDocument ?? null).toBeNull();
    }),
    { numRuns: 1200 },
  );
});

const READS = [
  'query($s: ID!) { entity(id: $s) { name statements(first: 1) { totalCount } } }',
  'query($s: ID!) { claim(id: $s) { text attributions { cue } } }',
  'query($s: String!) { search(text: $s, first: 5) { snippet } }',
  'query($s: String!) { entities(filter: { name: $s }, first: 5) { totalCount } }',
  'query($s: String!) { claims(filter: { text: $s }, first: 5) { totalCount } }',
  'query($s: String!) { entities(first: 2, after: $s) { totalCount } }',
  'query($s: ID!) { claims(filter: { saidBy: [$s], about: [$s] }, first: 3) { totalCount } }',
];

test('hostile strings in every read argument: answers or BAD_USER_INPUT, never a 5xx', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...READS), hostile, async (query, s) => {
      expectClientError(await send(JSON.stringify({ query, variables: { s } })));
    }),
    { numRuns: 700 },
  );
});

test('arbitrary text as the GraphQL document or the request body: a 4xx, never a 5xx', async () => {
  await fc.assert(
    fc.asyncProperty(hostile, fc.boolean(), async (s, asQuery) => {
      const r = await send(asQuery ? JSON.stringify({ query: s }) : s);
      expectClientError(r);
      expect(r.status).toBeGreaterThanOrEqual(400);
    }),
    { numRuns: 400 },
  );
});

test('afterwards: the server still answers and the graph is exactly as before', async () => {
  expect((await fetch(`${server.url}/health`)).status).toBe(200);
  expect(await server.query('{ entity(id: "iran") { name } }')).toEqual({ entity: { name: 'Iran' } });
  expect(await fingerprint()).toEqual(before);
});
