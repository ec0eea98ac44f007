import fs from 'node:fs';
import path from 'node:path';
import { BOOKKEEPING_LABELS } from '../support/graphCounts';
import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/**
 * Replaying a bundle changes nothing: the same nodes with the same properties (updatedAt included),
 * the same relationships, the same whole-graph counts; and IngestResult says the second run matched
 * everything the first one created.
 */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const INGEST = `mutation Ingest($input: DocumentBundleInput!) {
  ingestDocument(input: $input) {
    document { id title }
    entities { created matched } documents { created matched } claims { created matched }
    attributions { created matched } relations { created matched }
    resolvedEntities { bundleId resolvedId resolution }
  }
}`;

type Bundle = Record<string, any>;

/** A bundle using every part of the format, including references to seed entities. */
function fullBundle(p: string): Bundle {
  return {
    document: {
      id: `${p}-doc`, title: `Idempotency ${p}`, url: `https://example.org/${p}`, kind: 'LIVE_BLOG',
      publishedAt: '2030-02-03T04:05:06+01:00', language: 'en', publisher: `${p}-outlet`, authors: [`${p}-author`, `${p}-author2`],
    },
    documents: [{ id: `${p}-assessment`, title: `Assessment ${p}`, kind: 'INTELLIGENCE_ASSESSMENT', publisher: `${p}-agency` }],
    entities: [
      { id: `${p}-outlet`, name: `Outlet ${p}`, kind: 'ORGANIZATION', aliases: [`The Outlet ${p}`], description: 'a news outlet' },
      { id: `${p}-agency`, name: `Agency ${p}`, kind: 'ORGANIZATION', anonymous: true, description: 'an unnamed agency', affiliations: [{ entity: 'united-states' }] },
      { id: `${p}-author`, name: `Author ${p}`, kind: 'PERSON', affiliations: [{ entity: `${p}-outlet`, role: 'Correspondent', since: '2020-01-01' }] },
      { id: `${p}-author2`, name: `Second Author ${p}`, kind: 'PERSON' },
      { id: `${p}-source`, name: `Source ${p}`, kind: 'PERSON', anonymous: true, description: 'a source familiar with the matter' },
    ],
    claims: [
      { id: `${p}-c1`, text: `First claim ${p}`, about: ['iran', 'russia', `${p}-agency`] },
      { id: `${p}-c2`, text: `Second claim ${p}`, about: ['russia'] },
      { id: `${p}-c3`, text: `Third claim ${p}` },
    ],
    attributions: [
      { id: `${p}-a-agency`, claim: `${p}-c1`, speaker: `${p}-agency`, document: `${p}-assessment`, mode: 'REPORTED', stance: 'ASSERTS', statedAt: '2030-02-01' },
      { id: `${p}-a-source`, claim: `${p}-c1`, speaker: `${p}-source`, mode: 'PARAPHRASE', stance: 'ASSERTS', cue: 'according to', via: `${p}-a-agency`, basis: `${p}-assessment` },
      { id: `${p}-a-outlet`, claim: `${p}-c1`, speaker: `${p}-outlet`, mode: 'REPORTED', stance: 'ASSERTS', cue: 'first reported', firstReport: true, via: `${p}-a-source` },
      { id: `${p}-a-quote`, claim: `${p}-c2`, speaker: `${p}-author`, mode: 'DIRECT_QUOTE', stance: 'DENIES', cue: 'told reporters', quote: `"Not true," ${p}`, statedAt: '2030-02-03T10:00:00Z' },
      { id: `${p}-a-us`, claim: `${p}-c3`, speaker: 'united-states', mode: 'PARAPHRASE', stance: 'QUESTIONS' },
    ],
    relations: [
      { from: `${p}-c2`, type: 'CONTRADICTS', to: `${p}-c1` },
      { from: `${p}-c3`, type: 'NARROWS', to: `${p}-c1` },
    ],
  };
}

function definedIds(b: Bundle): string[] {
  return [b.document, ...(b.documents ?? []), ...(b.entities ?? []), ...(b.claims ?? []), ...(b.attributions ?? [])].map((x: any) => x.id);
}

async function counts(): Promise<{ nodes: number; rels: number }> {
  const [row] = await server.cypher(`
    CALL () { MATCH (n) WHERE NOT any(l IN labels(n) WHERE l IN $bookkeeping) RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
    RETURN nodes, rels`, { bookkeeping: BOOKKEEPING_LABELS });
  return row as { nodes: number; rels: number };
}

/** Every node with one of these ids (or redirecting from one), all its properties, and every relationship touching it. */
async function state(ids: string[]) {
  const nodes = await server.cypher(
    `MATCH (n) WHERE n.id IN $ids OR EXISTS { MATCH (n)<-[:RESOLVES_TO]-(r:EntityRedirect) WHERE r.id IN $ids }
     RETURN labels(n) AS labels, n {.*} AS props ORDER BY props.id, labels[0]`,
    { ids },
  );
  const rels = await server.cypher(
    `MATCH (a)-[r]->(b) WHERE a.id IN $ids OR b.id IN $ids
     RETURN a.id AS from, type(r) AS type, properties(r) AS props, b.id AS to ORDER BY from, type, to, props.key`,
    { ids },
  );
  return { nodes, rels };
}

test('ingesting a bundle twice leaves an identical graph; the second run matches what the first created', async () => {
  const p = uniqueId('idem');
  const bundle = fullBundle(p);
  const ids = definedIds(bundle);
  const graphBefore = await counts();

  const first = await server.query(INGEST, { input: bundle });
  expect(first.ingestDocument).toMatchObject({
    document: { id: `${p}-doc`, title: `Idempotency ${p}` },
    entities: { created: 5, matched: 0 },
    documents: { created: 2, matched: 0 },
    claims: { created: 3, matched: 0 },
    attributions: { created: 5, matched: 0 },
    relations: { created: 2, matched: 0 },
  });
  expect(first.ingestDocument.resolvedEntities).toEqual(ids.slice(2, 7).map((id) => ({ bundleId: id, resolvedId: id, resolution: 'CREATED' })));

  const afterFirst = await counts();
  // 15 nodes; relationships: 2 publishers + 2 authors + 2 affiliations + 4 about + 5x(claim, speaker, document)
  // + 2 via + 1 basis + 2 relations.
  expect(afterFirst).toEqual({ nodes: graphBefore.nodes + 15, rels: graphBefore.rels + 2 + 2 + 2 + 4 + 15 + 2 + 1 + 2 });
  const stateFirst = await state(ids);
  expect(stateFirst.nodes).toHaveLength(15);
  for (const n of stateFirst.nodes as any[]) {
    expect(typeof n.props.createdAt).toBe('string');
    expect(n.props.updatedAt).toBe(n.props.createdAt);
  }

  await new Promise((r) => setTimeout(r, 20)); // a different clock for the replay
  const second = await server.query(INGEST, { input: bundle });
  expect(second.ingestDocument).toMatchObject({
    entities: { created: 0, matched: 5 },
    documents: { created: 0, matched: 2 },
    claims: { created: 0, matched: 3 },
    attributions: { created: 0, matched: 5 },
    relations: { created: 0, matched: 2 },
  });
  expect(second.ingestDocument.resolvedEntities).toEqual(ids.slice(2, 7).map((id) => ({ bundleId: id, resolvedId: id, resolution: 'SAME_ID' })));

  expect(await counts()).toEqual(afterFirst);
  expect(await state(ids)).toEqual(stateFirst);
});

test('stored values are the bundle\'s, normalised (so the replay comparison above compares real data)', async () => {
  const p = uniqueId('idem-values');
  await server.query(INGEST, { input: fullBundle(p) });
  const [doc] = await server.cypher('MATCH (d:Document {id: $id}) RETURN d {.title, .url, .kind, .language, .publishedAt} AS d', { id: `${p}-doc` });
  expect(doc.d).toEqual({ title: `Idempotency ${p}`, url: `https://example.org/${p}`, kind: 'LIVE_BLOG', language: 'en', publishedAt: '2030-02-03T03:05:06.000Z' });
  const [a] = await server.cypher('MATCH (a:Attribution {id: $id}) RETURN a {.mode, .stance, .cue, .quote, .statedAt, .firstReport} AS a', { id: `${p}-a-quote` });
  expect(a.a).toEqual({ mode: 'DIRECT_QUOTE', stance: 'DENIES', cue: 'told reporters', quote: `"Not true," ${p}`, statedAt: '2030-02-03T10:00:00.000Z', firstReport: false });
  const [e] = await server.cypher('MATCH (e:Entity {id: $id}) RETURN e {.name, .kind, .anonymous, .description, .aliases, .wikidataId} AS e', { id: `${p}-outlet` });
  expect(e.e).toEqual({ name: `Outlet ${p}`, kind: 'ORGANIZATION', anonymous: false, description: 'a news outlet', aliases: [`The Outlet ${p}`], wikidataId: null });
});

test('a replay three times over stays identical', async () => {
  const p = uniqueId('idem-3');
  const bundle = fullBundle(p);
  await server.query(INGEST, { input: bundle });
  const once = { counts: await counts(), state: await state(definedIds(bundle)) };
  await server.query(INGEST, { input: bundle });
  await server.query(INGEST, { input: bundle });
  expect({ counts: await counts(), state: await state(definedIds(bundle)) }).toEqual(once);
});

test('replaying a bundle whose entity resolved to an existing one: KNOWN_ALIAS_ID, graph identical', async () => {
  const p = uniqueId('idem-res');
  await server.query(INGEST, {
    input: {
      document: { id: `${p}-doc0`, title: 'Introduces an entity', kind: 'NEWS_ARTICLE' },
      entities: [{ id: `${p}-original`, name: `Resolvable Person ${p}`, kind: 'PERSON', description: 'original' }],
    },
  });
  const bundle = {
    document: { id: `${p}-doc`, title: 'Uses another id', kind: 'NEWS_ARTICLE', publisher: `${p}-alias` },
    entities: [{ id: `${p}-alias`, name: `RESOLVABLE-PERSON ${p}`, kind: 'PERSON', aliases: [`R. Person ${p}`] }],
    claims: [{ id: `${p}-c`, text: `A claim ${p}`, about: [`${p}-alias`] }],
    attributions: [{ id: `${p}-a`, claim: `${p}-c`, speaker: `${p}-alias`, mode: 'PARAPHRASE', stance: 'ASSERTS' }],
  };
  const ids = [...definedIds(bundle), `${p}-original`];
  const first = await server.query(INGEST, { input: bundle });
  expect(first.ingestDocument.resolvedEntities).toEqual([{ bundleId: `${p}-alias`, resolvedId: `${p}-original`, resolution: 'NAME' }]);
  expect(first.ingestDocument.entities).toEqual({ created: 0, matched: 1 });
  const afterFirst = { counts: await counts(), state: await state(ids) };

  const second = await server.query(INGEST, { input: bundle });
  expect(second.ingestDocument.resolvedEntities).toEqual([{ bundleId: `${p}-alias`, resolvedId: `${p}-original`, resolution: 'KNOWN_ALIAS_ID' }]);
  expect(second.ingestDocument).toMatchObject({ entities: { created: 0, matched: 1 }, documents: { created: 0, matched: 1 }, claims: { created: 0, matched: 1 }, attributions: { created: 0, matched: 1 } });
  expect({ counts: await counts(), state: await state(ids) }).toEqual(afterFirst);
});

test('replaying the seed dataset through the API changes nothing and matches everything', async () => {
  const file = path.join(__dirname, '..', '..', 'data', 'seed', 'cnn-2022-11-21-live.json');
  const seed = JSON.parse(fs.readFileSync(file, 'utf8'));
  const ids = definedIds(seed);
  const before = { counts: await counts(), state: await state(ids) };
  const data = await server.query(INGEST, { input: seed });
  const r = data.ingestDocument;
  expect(r.document.id).toBe(seed.document.id);
  expect(r.entities).toEqual({ created: 0, matched: seed.entities.length });
  expect(r.documents).toEqual({ created: 0, matched: 1 + seed.documents.length });
  expect(r.claims).toEqual({ created: 0, matched: seed.claims.length });
  expect(r.attributions).toEqual({ created: 0, matched: seed.attributions.length });
  expect(r.relations).toEqual({ created: 0, matched: seed.relations.length });
  expect(r.resolvedEntities.every((x: any) => x.resolution === 'SAME_ID' && x.bundleId === x.resolvedId)).toBe(true);
  expect({ counts: await counts(), state: await state(ids) }).toEqual(before);
});

test('the same new bundle ingested twice at the same time ends as one copy of everything', async () => {
  const p = uniqueId('idem-concurrent');
  const bundle = fullBundle(p);
  const before = await counts();
  const results = await Promise.all([server.gql(INGEST, { input: bundle }), server.gql(INGEST, { input: bundle })]);
  for (const r of results) expect(r.errors).toBeUndefined();
  expect(await counts()).toEqual({ nodes: before.nodes + 15, rels: before.rels + 30 });
  const [row] = await server.cypher('MATCH (n) WHERE n.id IN $ids RETURN count(n) AS n, count(DISTINCT n.id) AS distinctIds', { ids: definedIds(bundle) });
  expect(row).toEqual({ n: 15, distinctIds: 15 });
});
