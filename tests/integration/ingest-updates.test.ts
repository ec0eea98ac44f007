import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/**
 * What a later bundle does to what an earlier one wrote: an attribution's links and a document's
 * publisher and authors are replaced by the newer bundle's; a claim's `about`, an entity's aliases and
 * name keys only grow; descriptions are not erased by a bundle that does not give one; a renamed
 * entity keeps its old name as an alias; updatedAt moves exactly when something changed.
 */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const INGEST = `mutation Ingest($input: DocumentBundleInput!) {
  ingestDocument(input: $input) {
    entities { created matched } documents { created matched } claims { created matched }
    attributions { created matched } relations { created matched }
  }
}`;

type Bundle = Record<string, any>;

async function ingest(input: Bundle) {
  return (await server.query(INGEST, { input })).ingestDocument;
}

/** Speakers, documents and claims an attribution can point at, plus one attribution using some of them. */
function baseBundle(p: string): Bundle {
  return {
    document: { id: `${p}-doc`, title: `Updates ${p}`, kind: 'NEWS_ARTICLE', publishedAt: '2030-03-01T00:00:00Z', publisher: `${p}-pub1`, authors: [`${p}-w1`, `${p}-w2`] },
    documents: [
      { id: `${p}-doc2`, title: `Other document ${p}`, kind: 'REPORT' },
      { id: `${p}-basis1`, title: `Basis one ${p}`, kind: 'REPORT' },
      { id: `${p}-basis2`, title: `Basis two ${p}`, kind: 'INTELLIGENCE_ASSESSMENT' },
    ],
    entities: [
      { id: `${p}-pub1`, name: `Publisher One ${p}`, kind: 'ORGANIZATION' },
      { id: `${p}-pub2`, name: `Publisher Two ${p}`, kind: 'ORGANIZATION' },
      { id: `${p}-w1`, name: `Writer One ${p}`, kind: 'PERSON' },
      { id: `${p}-w2`, name: `Writer Two ${p}`, kind: 'PERSON' },
      { id: `${p}-w3`, name: `Writer Three ${p}`, kind: 'PERSON' },
      { id: `${p}-s1`, name: `Speaker One ${p}`, kind: 'PERSON' },
      { id: `${p}-s2`, name: `Speaker Two ${p}`, kind: 'PERSON' },
    ],
    claims: [
      { id: `${p}-c1`, text: `Claim one ${p}`, about: [`${p}-s1`] },
      { id: `${p}-c2`, text: `Claim two ${p}` },
    ],
    attributions: [
      { id: `${p}-o1`, claim: `${p}-c1`, speaker: `${p}-s1`, mode: 'PARAPHRASE', stance: 'ASSERTS' },
      { id: `${p}-o2`, claim: `${p}-c1`, speaker: `${p}-s2`, mode: 'PARAPHRASE', stance: 'ASSERTS' },
      { id: `${p}-x`, claim: `${p}-c1`, speaker: `${p}-s1`, mode: 'REPORTED', stance: 'ASSERTS', cue: 'said', via: `${p}-o1`, basis: `${p}-basis1` },
    ],
  };
}

/** A later bundle that re-defines attribution x with the given fields (everything else referenced by id). */
function redefine(p: string, fields: Record<string, unknown>): Bundle {
  return {
    document: { id: `${p}-doc-later-${uniqueId('v')}`, title: 'A later bundle', kind: 'NEWS_ARTICLE' },
    attributions: [{ id: `${p}-x`, claim: `${p}-c1`, speaker: `${p}-s1`, document: `${p}-doc`, mode: 'REPORTED', stance: 'ASSERTS', cue: 'said', via: `${p}-o1`, basis: `${p}-basis1`, ...fields }],
  };
}

async function attributionLinks(id: string) {
  const [row] = await server.cypher(
    `MATCH (a:Attribution {id: $id})
     RETURN [(a)-[:ATTRIBUTES]->(x) | x.id] AS claim, [(a)-[:SAID_BY]->(x) | x.id] AS speaker,
            [(a)-[:RECORDED_IN]->(x) | x.id] AS document, [(a)-[:VIA]->(x) | x.id] AS via,
            [(a)-[:BASED_ON]->(x) | x.id] AS basis, a {.mode, .stance, .cue, .quote, .statedAt, .firstReport} AS props`,
    { id },
  );
  return row;
}

async function props(id: string, label: 'Entity' | 'Document' | 'Claim' | 'Attribution'): Promise<Record<string, any>> {
  // The label comes from the fixed union above, never from data.
  const [row] = await server.cypher(`MATCH (n:${label} {id: $id}) RETURN properties(n) AS p`, { id });
  return row.p as Record<string, any>;
}

const tick = () => new Promise((r) => setTimeout(r, 15));

describe('attributions: each link is replaced by the newer bundle\'s', () => {
  test('a different speaker replaces the old SAID_BY (exactly one)', async () => {
    const p = uniqueId('up-speaker');
    await ingest(baseBundle(p));
    expect((await attributionLinks(`${p}-x`)).speaker).toEqual([`${p}-s1`]);
    const r = await ingest(redefine(p, { speaker: `${p}-s2` }));
    expect(r.attributions).toEqual({ created: 0, matched: 1 });
    expect(await attributionLinks(`${p}-x`)).toMatchObject({ speaker: [`${p}-s2`], claim: [`${p}-c1`], document: [`${p}-doc`], via: [`${p}-o1`], basis: [`${p}-basis1`] });

    const data = await server.query(`query($id: ID!) { entity(id: $id) { statements { edges { node { id } } } } }`, { id: `${p}-s1` });
    expect(data.entity.statements.edges.map((e: any) => e.node.id)).toEqual([`${p}-o1`]);
  });

  test('a different via replaces the old VIA, and the chain follows it', async () => {
    const p = uniqueId('up-via');
    await ingest(baseBundle(p));
    await ingest(redefine(p, { via: `${p}-o2` }));
    expect((await attributionLinks(`${p}-x`)).via).toEqual([`${p}-o2`]);
    const data = await server.query(`query($id: ID!) { claim(id: $id) { attributions { id chain { id } via { id } } } }`, { id: `${p}-c1` });
    const x = data.claim.attributions.find((a: any) => a.id === `${p}-x`);
    expect(x).toEqual({ id: `${p}-x`, via: { id: `${p}-o2` }, chain: [{ id: `${p}-x` }, { id: `${p}-o2` }] });
  });

  test('a via or basis left out removes the old one', async () => {
    const p = uniqueId('up-novia');
    await ingest(baseBundle(p));
    await ingest(redefine(p, { via: null, basis: undefined }));
    expect(await attributionLinks(`${p}-x`)).toMatchObject({ via: [], basis: [], speaker: [`${p}-s1`] });
  });

  test('a different basis, document and claim replace the old ones', async () => {
    const p = uniqueId('up-basis');
    await ingest(baseBundle(p));
    await ingest(redefine(p, { basis: `${p}-basis2`, document: `${p}-doc2`, claim: `${p}-c2` }));
    expect(await attributionLinks(`${p}-x`)).toMatchObject({ basis: [`${p}-basis2`], document: [`${p}-doc2`], claim: [`${p}-c2`], via: [`${p}-o1`] });
    const data = await server.query(`query($id: ID!) { document(id: $id) { attributions { id } } }`, { id: `${p}-doc` });
    expect(data.document.attributions.map((a: any) => a.id).sort()).toEqual([`${p}-o1`, `${p}-o2`]);
  });

  test('properties are replaced: mode, stance, cue, quote, statedAt, firstReport', async () => {
    const p = uniqueId('up-props');
    await ingest(baseBundle(p));
    await ingest(redefine(p, { mode: 'DIRECT_QUOTE', quote: 'Exact words.', stance: 'DENIES', cue: 'told reporters', statedAt: '2030-03-02T10:00:00Z', firstReport: true }));
    expect((await attributionLinks(`${p}-x`)).props).toEqual({
      mode: 'DIRECT_QUOTE', stance: 'DENIES', cue: 'told reporters', quote: 'Exact words.', statedAt: '2030-03-02T10:00:00.000Z', firstReport: true,
    });
    // and back: no cue, no quote, no date
    await ingest(redefine(p, { cue: null }));
    expect((await attributionLinks(`${p}-x`)).props).toEqual({ mode: 'REPORTED', stance: 'ASSERTS', cue: null, quote: null, statedAt: null, firstReport: false });
  });

  test('updatedAt moves when an attribution changes, createdAt never does', async () => {
    const p = uniqueId('up-attr-time');
    await ingest(baseBundle(p));
    const created = await props(`${p}-x`, 'Attribution');
    await tick();
    await ingest(redefine(p, {})); // identical to the first definition
    expect(await props(`${p}-x`, 'Attribution')).toEqual(created);
    await tick();
    await ingest(redefine(p, { statedAt: '2030-03-02' })); // only a property that was null changes
    const dated = await props(`${p}-x`, 'Attribution');
    expect(dated.createdAt).toBe(created.createdAt);
    expect(dated.updatedAt > created.updatedAt).toBe(true);
    await tick();
    await ingest(redefine(p, { statedAt: '2030-03-02', speaker: `${p}-s2` }));
    const moved = await props(`${p}-x`, 'Attribution');
    expect(moved.updatedAt > dated.updatedAt).toBe(true);
  });
});

describe('documents: publisher and authors are replaced', () => {
  const docBundle = (p: string, doc: Record<string, unknown>) => ({ document: { id: `${p}-doc`, title: `Updates ${p}`, kind: 'NEWS_ARTICLE', ...doc } });
  const docLinks = async (p: string) => {
    const [row] = await server.cypher(
      `MATCH (d:Document {id: $id}) RETURN [(d)-[:PUBLISHED_BY]->(x) | x.id] AS publisher,
       COLLECT { MATCH (d)-[:AUTHORED_BY]->(x) RETURN x.id ORDER BY x.id } AS authors`,
      { id: `${p}-doc` },
    );
    return row;
  };

  test('a different publisher and author list replace the old ones', async () => {
    const p = uniqueId('up-doc');
    await ingest(baseBundle(p));
    expect(await docLinks(p)).toEqual({ publisher: [`${p}-pub1`], authors: [`${p}-w1`, `${p}-w2`] });
    const r = await ingest(docBundle(p, { publisher: `${p}-pub2`, authors: [`${p}-w2`, `${p}-w3`] }));
    expect(r.documents).toEqual({ created: 0, matched: 1 });
    expect(await docLinks(p)).toEqual({ publisher: [`${p}-pub2`], authors: [`${p}-w2`, `${p}-w3`] });

    const data = await server.query(`query($id: ID!) { document(id: $id) { publisher { id } authors { id } } }`, { id: `${p}-doc` });
    expect(data.document.publisher).toEqual({ id: `${p}-pub2` });
    expect(data.document.authors.map((a: any) => a.id).sort()).toEqual([`${p}-w2`, `${p}-w3`]);
  });

  test('no publisher and no authors remove them; properties are replaced', async () => {
    const p = uniqueId('up-doc2');
    await ingest(baseBundle(p));
    await ingest(docBundle(p, { title: `Retitled ${p}`, kind: 'LIVE_BLOG', url: 'https://example.org/x', publishedAt: null }));
    expect(await docLinks(p)).toEqual({ publisher: [], authors: [] });
    expect(await props(`${p}-doc`, 'Document')).toMatchObject({ title: `Retitled ${p}`, kind: 'LIVE_BLOG', url: 'https://example.org/x' });
    expect((await props(`${p}-doc`, 'Document')).publishedAt).toBeUndefined();
    // the document's attributions are untouched
    expect((await attributionLinks(`${p}-o1`)).document).toEqual([`${p}-doc`]);
  });

  test('a new document without publisher or authors gets updatedAt; it moves when only its url is added', async () => {
    const p = uniqueId('up-doc3');
    await ingest(docBundle(p, {}));
    const created = await props(`${p}-doc`, 'Document');
    expect(typeof created.createdAt).toBe('string');
    expect(created.updatedAt).toBe(created.createdAt);
    await tick();
    await ingest(docBundle(p, {}));
    expect(await props(`${p}-doc`, 'Document')).toEqual(created);
    await tick();
    await ingest(docBundle(p, { url: `https://example.org/${p}` }));
    const updated = await props(`${p}-doc`, 'Document');
    expect(updated.url).toBe(`https://example.org/${p}`);
    expect(updated.updatedAt > created.updatedAt).toBe(true);
  });
});

describe('claims', () => {
  const claimBundle = (p: string, claim: Record<string, unknown>, extra: Bundle = {}) => ({
    document: { id: `${p}-doc-${uniqueId('c')}`, title: 'Claim update', kind: 'OTHER' },
    claims: [{ id: `${p}-c1`, text: `Claim one ${p}`, ...claim }],
    ...extra,
  });
  const about = async (p: string) =>
    (await server.cypher('MATCH (c:Claim {id: $id})-[:ABOUT]->(e) RETURN e.id AS id ORDER BY id', { id: `${p}-c1` })).map((r) => r.id);

  test('about only grows: a bundle naming fewer entities keeps the others; a new one is added', async () => {
    const p = uniqueId('up-about');
    await ingest(baseBundle(p));
    expect(await about(p)).toEqual([`${p}-s1`]);
    await ingest(claimBundle(p, { about: [] }));
    expect(await about(p)).toEqual([`${p}-s1`]);
    await ingest(claimBundle(p, { about: [`${p}-s2`, 'iran'] }));
    expect(await about(p)).toEqual(['iran', `${p}-s1`, `${p}-s2`].sort());
    const data = await server.query(`query($id: ID!) { claim(id: $id) { about { id } } }`, { id: `${p}-c1` });
    expect(data.claim.about.map((e: any) => e.id).sort()).toEqual(['iran', `${p}-s1`, `${p}-s2`].sort());
  });

  test('the text is replaced and updatedAt moves; the same text and about change nothing', async () => {
    const p = uniqueId('up-text');
    await ingest(baseBundle(p));
    const before = await props(`${p}-c1`, 'Claim');
    await tick();
    await ingest(claimBundle(p, { about: [`${p}-s1`] }));
    expect(await props(`${p}-c1`, 'Claim')).toEqual(before);
    await tick();
    await ingest(claimBundle(p, { text: `Claim one, reworded ${p}` }));
    const after = await props(`${p}-c1`, 'Claim');
    expect(after.text).toBe(`Claim one, reworded ${p}`);
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.updatedAt > before.updatedAt).toBe(true);
  });

  test('relations only grow: a later bundle adds one, the earlier stays', async () => {
    const p = uniqueId('up-rel');
    await ingest({ ...baseBundle(p), relations: [{ from: `${p}-c2`, type: 'SUPPORTS', to: `${p}-c1` }] });
    const r = await ingest(claimBundle(p, {}, { relations: [{ from: `${p}-c2`, type: 'SUPPORTS', to: `${p}-c1` }, { from: `${p}-c1`, type: 'CONTRADICTS', to: `${p}-c2` }] }));
    expect(r.relations).toEqual({ created: 1, matched: 1 });
    const rows = await server.cypher('MATCH (a:Claim)-[r]->(b:Claim) WHERE a.id IN $ids RETURN a.id + " " + type(r) + " " + b.id AS rel ORDER BY rel', { ids: [`${p}-c1`, `${p}-c2`] });
    expect(rows.map((x) => x.rel)).toEqual([`${p}-c1 CONTRADICTS ${p}-c2`, `${p}-c2 SUPPORTS ${p}-c1`]);
  });
});

describe('entities', () => {
  const entityBundle = (p: string, e: Record<string, unknown>) => ({
    document: { id: `${p}-doc-${uniqueId('e')}`, title: 'Entity update', kind: 'OTHER' },
    entities: [{ id: `${p}-e`, name: `Entity ${p}`, kind: 'PERSON', ...e }],
  });
  const ENTITY = `query($id: ID!) { entity(id: $id) { id name kind anonymous description aliases wikidataId } }`;
  const entity = async (id: string) => (await server.query(ENTITY, { id })).entity;

  test('a description is not erased by a later bundle without one; a new description replaces it', async () => {
    const p = uniqueId('up-desc');
    const q = `Q${Date.now()}${process.pid}`; // a Wikidata id no other entity has
    await ingest(entityBundle(p, { description: 'the first description', wikidataId: q }));
    await ingest(entityBundle(p, {}));
    expect(await entity(`${p}-e`)).toMatchObject({ description: 'the first description', wikidataId: q });
    await ingest(entityBundle(p, { description: null, wikidataId: null }));
    expect(await entity(`${p}-e`)).toMatchObject({ description: 'the first description', wikidataId: q });
    await ingest(entityBundle(p, { description: 'a better description' }));
    expect((await entity(`${p}-e`)).description).toBe('a better description');
  });

  test('aliases only grow, without duplicates', async () => {
    const p = uniqueId('up-alias');
    await ingest(entityBundle(p, { aliases: [`A ${p}`, `B ${p}`] }));
    await ingest(entityBundle(p, { aliases: [] }));
    expect((await entity(`${p}-e`)).aliases).toEqual([`A ${p}`, `B ${p}`]);
    await ingest(entityBundle(p, { aliases: [`B ${p}`, `C ${p}`] }));
    expect((await entity(`${p}-e`)).aliases).toEqual([`A ${p}`, `B ${p}`, `C ${p}`]);
  });

  test('a renamed entity keeps its old name as an alias, and the old name still resolves to it', async () => {
    const p = uniqueId('up-rename');
    await ingest(entityBundle(p, { name: `Old Name ${p}`, aliases: [`Nick ${p}`] }));
    await ingest(entityBundle(p, { name: `New Name ${p}` }));
    expect(await entity(`${p}-e`)).toMatchObject({ name: `New Name ${p}`, aliases: [`Nick ${p}`, `Old Name ${p}`] });

    // renaming back to the old name does not keep it as its own alias
    await ingest(entityBundle(p, { name: `Old Name ${p}` }));
    expect(await entity(`${p}-e`)).toMatchObject({ name: `Old Name ${p}`, aliases: [`Nick ${p}`, `New Name ${p}`] });

    const r = await server.query(
      `mutation($input: DocumentBundleInput!) { ingestDocument(input: $input) { resolvedEntities { bundleId resolvedId resolution } } }`,
      { input: { document: { id: `${p}-doc-x`, title: 'x', kind: 'OTHER' }, entities: [{ id: `${p}-other`, name: `new-name ${p}`, kind: 'PERSON' }] } },
    );
    expect(r.ingestDocument.resolvedEntities).toEqual([{ bundleId: `${p}-other`, resolvedId: `${p}-e`, resolution: 'NAME' }]);
    const filtered = await server.query(`query($name: String!) { entities(filter: { name: $name }) { edges { node { id } } } }`, { name: `OLD NAME ${p}` });
    expect(filtered.entities.edges.map((e: any) => e.node.id)).toEqual([`${p}-e`]);
  });

  test('kind and anonymous are replaced by the newer bundle', async () => {
    const p = uniqueId('up-kind');
    await ingest(entityBundle(p, { kind: 'PERSON', anonymous: false }));
    await ingest(entityBundle(p, { kind: 'GROUP', anonymous: true }));
    expect(await entity(`${p}-e`)).toMatchObject({ kind: 'GROUP', anonymous: true });
  });

  test('updatedAt moves when only a description is added to an entity that had none', async () => {
    const p = uniqueId('up-ent-time');
    await ingest(entityBundle(p, {}));
    const created = await props(`${p}-e`, 'Entity');
    expect(created.updatedAt).toBe(created.createdAt);
    await tick();
    await ingest(entityBundle(p, {}));
    expect(await props(`${p}-e`, 'Entity')).toEqual(created);
    await tick();
    await ingest(entityBundle(p, { description: 'now described' }));
    const described = await props(`${p}-e`, 'Entity');
    expect(described.description).toBe('now described');
    expect(described.updatedAt > created.updatedAt).toBe(true);
    expect(described.createdAt).toBe(created.createdAt);
  });

  test('an entity resolved by name gets its gaps filled, and updatedAt moves', async () => {
    const p = uniqueId('up-res-time');
    await ingest(entityBundle(p, { name: `Gap Filler ${p}` }));
    const created = await props(`${p}-e`, 'Entity');
    await tick();
    await ingest({
      document: { id: `${p}-doc-r`, title: 'resolve', kind: 'OTHER' },
      entities: [{ id: `${p}-e2`, name: `Gap Filler ${p}`, kind: 'PERSON', description: 'filled in' }],
    });
    const after = await props(`${p}-e`, 'Entity');
    expect(after.description).toBe('filled in');
    expect(after.aliases).toEqual([]);
    expect(after.updatedAt > created.updatedAt).toBe(true);
  });

  test('affiliations: the same affiliation again is one relationship; a new role adds another', async () => {
    const p = uniqueId('up-aff');
    const aff = async () =>
      (await server.cypher('MATCH (:Entity {id: $id})-[r:AFFILIATED_WITH]->(o) RETURN o.id AS org, r.role AS role ORDER BY role', { id: `${p}-e` })).map((r) => [r.org, r.role]);
    await ingest(entityBundle(p, { affiliations: [{ entity: 'iran', role: 'Foreign Minister' }] }));
    await ingest(entityBundle(p, { affiliations: [{ entity: 'iran', role: 'Foreign Minister' }] }));
    expect(await aff()).toEqual([['iran', 'Foreign Minister']]);
    await ingest(entityBundle(p, { affiliations: [{ entity: 'iran', role: 'foreign minister' }, { entity: 'iran', role: 'spokesperson' }] }));
    expect(await aff()).toEqual([['iran', 'foreign minister'], ['iran', 'spokesperson']]);
  });
});
