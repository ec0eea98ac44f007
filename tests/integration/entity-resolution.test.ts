import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/**
 * Entity resolution through the public API: a bundle entity with a new id whose normalised name or an
 * alias equals an existing entity's name or alias, or with the same Wikidata id, IS that entity.
 * Every test except the seed one works on entities with names no other test uses.
 */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const INGEST = `mutation Ingest($input: DocumentBundleInput!) {
  ingestDocument(input: $input) {
    entities { created matched }
    resolvedEntities { bundleId resolvedId resolution }
  }
}`;

const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) { id name kind anonymous description aliases wikidataId affiliations { role entity { id } } }
}`;

let wikidataCounter = 0;
/** A Wikidata id no other test (or earlier run against the same database) uses. */
function uniqueWikidataId(): string {
  wikidataCounter += 1;
  return `Q${Date.now()}${process.pid}${wikidataCounter}`;
}

/** A bundle that only introduces entities. */
function entitiesBundle(p: string, entities: Record<string, unknown>[]) {
  return { document: { id: `${p}-doc`, title: `Entities ${p}`, kind: 'OTHER' }, entities };
}

async function ingest(input: unknown) {
  return (await server.query(INGEST, { input })).ingestDocument;
}

async function entity(id: string) {
  return (await server.query(ENTITY, { id })).entity;
}

async function entityNodeIds(ids: string[]): Promise<string[]> {
  const rows = await server.cypher('MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id ORDER BY id', { ids });
  return rows.map((r) => r.id as string);
}

describe('the seed entity "Hossein Amirabdollahian"', () => {
  test('a new id named "Hossein Amir-Abdollahian" resolves to it by NAME, and its id answers from then on', async () => {
    const p = uniqueId('er-seed');
    const before = await entity('hossein-amirabdollahian');
    expect(before.name).toBe('Hossein Amirabdollahian');

    const result = await ingest(entitiesBundle(p, [{ id: `${p}-amir-abdollahian`, name: 'Hossein Amir-Abdollahian', kind: 'PERSON' }]));
    expect(result.resolvedEntities).toEqual([{ bundleId: `${p}-amir-abdollahian`, resolvedId: 'hossein-amirabdollahian', resolution: 'NAME' }]);
    expect(result.entities).toEqual({ created: 0, matched: 1 });

    const viaNewId = await entity(`${p}-amir-abdollahian`);
    expect(viaNewId.id).toBe('hossein-amirabdollahian');
    expect(viaNewId.name).toBe('Hossein Amirabdollahian');
    expect(viaNewId.aliases).toContain('Hossein Amir-Abdollahian');
    // The name was already an alias: it is not added twice, and the seed entity is otherwise unchanged.
    expect(viaNewId).toEqual(before);
    expect(await entityNodeIds([`${p}-amir-abdollahian`])).toEqual([]);
  });
});

describe('resolution by normalised name', () => {
  test.each([
    ['case', (n: string) => n.toUpperCase()],
    ['diacritics', (n: string) => n.replace('Zoe', 'Zoë').replace('Angstrom', 'Ångström')],
    ['hyphens and spaces', (n: string) => n.replace('Zoe Angstrom', ' zoe-ang strom ')],
    ['punctuation', (n: string) => n.replace('Zoe Angstrom', 'Zoe. Angstrom,')],
  ])('%s are ignored', async (_, variant) => {
    const p = uniqueId('er-name');
    const name = `Zoe Angstrom ${p}`;
    await ingest(entitiesBundle(`${p}-1`, [{ id: `${p}-zoe`, name, kind: 'PERSON' }]));
    const otherName = variant(name);
    expect(otherName).not.toBe(name);

    const result = await ingest(entitiesBundle(`${p}-2`, [{ id: `${p}-zoe-2`, name: otherName, kind: 'PERSON' }]));
    expect(result.resolvedEntities).toEqual([{ bundleId: `${p}-zoe-2`, resolvedId: `${p}-zoe`, resolution: 'NAME' }]);

    const e = await entity(`${p}-zoe-2`);
    expect(e.id).toBe(`${p}-zoe`);
    expect(e.name).toBe(name);
    expect(e.aliases).toEqual([otherName.trim()]);
    expect(await entityNodeIds([`${p}-zoe`, `${p}-zoe-2`])).toEqual([`${p}-zoe`]);
  });

  test('"ÍRAN"-style: an accented, upper-case country name resolves to the country', async () => {
    const p = uniqueId('er-iran');
    await ingest(entitiesBundle(`${p}-1`, [{ id: `${p}-land`, name: `Iranland ${p}`, kind: 'COUNTRY' }]));
    const accented = `ÍRANLAND ${p.toUpperCase()}`;
    const result = await ingest(entitiesBundle(`${p}-2`, [{ id: `${p}-land-2`, name: accented, kind: 'COUNTRY' }]));
    expect(result.resolvedEntities[0]).toEqual({ bundleId: `${p}-land-2`, resolvedId: `${p}-land`, resolution: 'NAME' });
    expect((await entity(`${p}-land`)).aliases).toEqual([accented]);
  });

  test('the new name equals an existing alias', async () => {
    const p = uniqueId('er-alias');
    await ingest(entitiesBundle(`${p}-1`, [{ id: `${p}-org`, name: `Organisation ${p}`, kind: 'ORGANIZATION', aliases: [`ORG ${p}`] }]));
    const result = await ingest(entitiesBundle(`${p}-2`, [{ id: `${p}-org-2`, name: `Org. ${p}`, kind: 'ORGANIZATION' }]));
    expect(result.resolvedEntities[0]).toEqual({ bundleId: `${p}-org-2`, resolvedId: `${p}-org`, resolution: 'NAME' });
    expect((await entity(`${p}-org-2`)).aliases).toEqual([`ORG ${p}`, `Org. ${p}`]);
  });

  test('a bundle alias equals the existing name; the bundle\'s name and aliases all join', async () => {
    const p = uniqueId('er-alias2');
    await ingest(entitiesBundle(`${p}-1`, [{ id: `${p}-org`, name: `Organisation ${p}`, kind: 'ORGANIZATION' }]));
    const result = await ingest(
      entitiesBundle(`${p}-2`, [{ id: `${p}-org-2`, name: `The Body ${p}`, kind: 'ORGANIZATION', aliases: [`organisation ${p}`, `Body ${p}`] }]),
    );
    expect(result.resolvedEntities[0]).toMatchObject({ resolvedId: `${p}-org`, resolution: 'NAME' });
    const e = await entity(`${p}-org`);
    expect(e.name).toBe(`Organisation ${p}`);
    expect(e.aliases).toEqual([`The Body ${p}`, `organisation ${p}`, `Body ${p}`]);
  });

  test('the joined name makes later matches possible: a third id named like the second resolves to the first', async () => {
    const p = uniqueId('er-chain');
    await ingest(entitiesBundle(`${p}-1`, [{ id: `${p}-a`, name: `Alpha ${p}`, kind: 'GROUP', aliases: [`Beta ${p}`] }]));
    await ingest(entitiesBundle(`${p}-2`, [{ id: `${p}-b`, name: `beta ${p}`, kind: 'GROUP', aliases: [`Gamma ${p}`] }]));
    const third = await ingest(entitiesBundle(`${p}-3`, [{ id: `${p}-c`, name: `GAMMA ${p}`, kind: 'GROUP' }]));
    expect(third.resolvedEntities[0]).toEqual({ bundleId: `${p}-c`, resolvedId: `${p}-a`, resolution: 'NAME' });
  });
});

describe('resolution by Wikidata id', () => {
  test('a different name with the same wikidataId resolves by WIKIDATA', async () => {
    const p = uniqueId('er-wd');
    const q = uniqueWikidataId();
    await ingest(entitiesBundle(`${p}-1`, [{ id: `${p}-city`, name: `Kyivgrad ${p}`, kind: 'LOCATION', wikidataId: q }]));
    const result = await ingest(entitiesBundle(`${p}-2`, [{ id: `${p}-city-2`, name: `Kievgrad ${p}`, kind: 'LOCATION', wikidataId: q, description: 'capital' }]));
    expect(result.resolvedEntities).toEqual([{ bundleId: `${p}-city-2`, resolvedId: `${p}-city`, resolution: 'WIKIDATA' }]);
    expect(await entity(`${p}-city-2`)).toMatchObject({ id: `${p}-city`, name: `Kyivgrad ${p}`, aliases: [`Kievgrad ${p}`], wikidataId: q, description: 'capital' });
  });

  test('a Wikidata id fills the gap on an entity matched by name', async () => {
    const p = uniqueId('er-wd2');
    const q = uniqueWikidataId();
    await ingest(entitiesBundle(`${p}-1`, [{ id: `${p}-x`, name: `Xylo ${p}`, kind: 'PERSON', description: 'first' }]));
    await ingest(entitiesBundle(`${p}-2`, [{ id: `${p}-x2`, name: `Xylo ${p}`, kind: 'PERSON', wikidataId: q, description: 'second' }]));
    expect(await entity(`${p}-x`)).toMatchObject({ wikidataId: q, description: 'first', aliases: [] });
  });
});

describe('what resolution means for the rest of the bundle', () => {
  test('attributions, claims, documents and affiliations naming the new id end up on the existing entity', async () => {
    const p = uniqueId('er-links');
    await ingest(entitiesBundle(`${p}-1`, [{ id: `${p}-minister`, name: `Minister Quill ${p}`, kind: 'PERSON' }]));

    const result = await ingest({
      document: { id: `${p}-doc`, title: `Links ${p}`, kind: 'NEWS_ARTICLE', publisher: `${p}-outlet`, authors: [`${p}-m2`] },
      entities: [
        { id: `${p}-m2`, name: `minister-quill ${p}`, kind: 'PERSON', affiliations: [{ entity: 'iran', role: 'Foreign Minister' }] },
        { id: `${p}-outlet`, name: `Outlet ${p}`, kind: 'ORGANIZATION', affiliations: [{ entity: `${p}-m2`, role: 'owner' }] },
      ],
      claims: [{ id: `${p}-c`, text: `Quill said something ${p}`, about: [`${p}-m2`] }],
      attributions: [
        { id: `${p}-a`, claim: `${p}-c`, speaker: `${p}-m2`, mode: 'DIRECT_QUOTE', quote: 'Something.', stance: 'ASSERTS' },
        { id: `${p}-b`, claim: `${p}-c`, speaker: `${p}-outlet`, mode: 'REPORTED', stance: 'ASSERTS', via: `${p}-a` },
      ],
    });
    expect(result.resolvedEntities).toEqual([
      { bundleId: `${p}-m2`, resolvedId: `${p}-minister`, resolution: 'NAME' },
      { bundleId: `${p}-outlet`, resolvedId: `${p}-outlet`, resolution: 'CREATED' },
    ]);
    expect(result.entities).toEqual({ created: 1, matched: 1 });

    const [links] = await server.cypher(
      `MATCH (m:Entity {id: $minister})
       RETURN [(a:Attribution)-[:SAID_BY]->(m) | a.id] AS said,
              [(c:Claim)-[:ABOUT]->(m) | c.id] AS about,
              [(d:Document)-[:AUTHORED_BY]->(m) | d.id] AS authored,
              [(m)-[r:AFFILIATED_WITH]->(o) | [o.id, r.role]] AS affiliations,
              [(o)-[r:AFFILIATED_WITH]->(m) | [o.id, r.role]] AS members,
              COUNT { MATCH (x) WHERE x.id = $m2 AND NOT x:EntityRedirect } AS nodesWithNewId`,
      { minister: `${p}-minister`, m2: `${p}-m2` },
    );
    expect(links).toEqual({
      said: [`${p}-a`],
      about: [`${p}-c`],
      authored: [`${p}-doc`],
      affiliations: [['iran', 'Foreign Minister']],
      members: [[`${p}-outlet`, 'owner']],
      nodesWithNewId: 0,
    });

    const data = await server.query(
      `query($id: ID!, $claim: ID!) {
        entity(id: $id) { id statements { totalCount edges { node { id speaker { id } } } } claimsAbout { edges { node { id } } } }
        claim(id: $claim) { speakers { id } attributions { id speaker { id name } } }
      }`,
      { id: `${p}-m2`, claim: `${p}-c` },
    );
    expect(data.entity.id).toBe(`${p}-minister`);
    expect(data.entity.statements.totalCount).toBe(1);
    expect(data.entity.statements.edges[0].node).toEqual({ id: `${p}-a`, speaker: { id: `${p}-minister` } });
    expect(data.entity.claimsAbout.edges.map((e: any) => e.node.id)).toEqual([`${p}-c`]);
    expect(data.claim.attributions.find((a: any) => a.id === `${p}-a`).speaker).toEqual({ id: `${p}-minister`, name: `Minister Quill ${p}` });
  });

  test('a second bundle using the resolved id again: KNOWN_ALIAS_ID, also as a bare reference', async () => {
    const p = uniqueId('er-known');
    await ingest(entitiesBundle(`${p}-1`, [{ id: `${p}-orig`, name: `Known Person ${p}`, kind: 'PERSON' }]));
    const first = await ingest(entitiesBundle(`${p}-2`, [{ id: `${p}-alias`, name: `KNOWN PERSON ${p}`, kind: 'PERSON' }]));
    expect(first.resolvedEntities[0].resolution).toBe('NAME');

    // Defined again, now under a name that matches nothing: the id alone decides.
    const again = await ingest({
      ...entitiesBundle(`${p}-3`, [{ id: `${p}-alias`, name: `Completely Different ${p}`, kind: 'PERSON' }]),
      claims: [{ id: `${p}-c`, text: `A claim ${p}`, about: [`${p}-alias`] }],
      attributions: [{ id: `${p}-a`, claim: `${p}-c`, speaker: `${p}-alias`, mode: 'PARAPHRASE', stance: 'ASSERTS' }],
    });
    expect(again.resolvedEntities).toEqual([{ bundleId: `${p}-alias`, resolvedId: `${p}-orig`, resolution: 'KNOWN_ALIAS_ID' }]);
    expect((await entity(`${p}-orig`)).aliases).toEqual([`KNOWN PERSON ${p}`, `Completely Different ${p}`]);

    // Only referenced, not defined: still accepted and resolved.
    const ref = await server.query(
      `mutation($input: DocumentBundleInput!) { ingestDocument(input: $input) { attributions { created } } }`,
      {
        input: {
          document: { id: `${p}-doc4`, title: 'Reference only', kind: 'OTHER', publisher: `${p}-alias` },
          attributions: [{ id: `${p}-a4`, claim: `${p}-c`, speaker: `${p}-alias`, mode: 'REPORTED', stance: 'ASSERTS' }],
        },
      },
    );
    expect(ref.ingestDocument.attributions.created).toBe(1);
    const [row] = await server.cypher(
      'MATCH (a:Attribution {id: $a})-[:SAID_BY]->(s) MATCH (d:Document {id: $d})-[:PUBLISHED_BY]->(pub) RETURN s.id AS speaker, pub.id AS publisher',
      { a: `${p}-a4`, d: `${p}-doc4` },
    );
    expect(row).toEqual({ speaker: `${p}-orig`, publisher: `${p}-orig` });
    expect(await entityNodeIds([`${p}-alias`])).toEqual([]);
  });

  test('an id that exists is SAME_ID and is not merged into a namesake', async () => {
    const p = uniqueId('er-same');
    await ingest(entitiesBundle(`${p}-1`, [{ id: `${p}-one`, name: `Twin ${p}`, kind: 'PERSON' }]));
    const result = await ingest(entitiesBundle(`${p}-2`, [{ id: `${p}-one`, name: `Twin ${p}`, kind: 'PERSON' }, { id: `${p}-new`, name: `Fresh ${p}`, kind: 'PERSON' }]));
    expect(result.resolvedEntities).toEqual([
      { bundleId: `${p}-one`, resolvedId: `${p}-one`, resolution: 'SAME_ID' },
      { bundleId: `${p}-new`, resolvedId: `${p}-new`, resolution: 'CREATED' },
    ]);
    expect(result.entities).toEqual({ created: 1, matched: 1 });
  });
});

describe('what does not resolve', () => {
  test('a PERSON named like an existing COUNTRY is a separate entity', async () => {
    const p = uniqueId('er-kind');
    await ingest(entitiesBundle(`${p}-1`, [{ id: `${p}-georgia`, name: `Georgia ${p}`, kind: 'COUNTRY' }]));
    const result = await ingest(entitiesBundle(`${p}-2`, [{ id: `${p}-georgia-person`, name: `Georgia ${p}`, kind: 'PERSON' }]));
    expect(result.resolvedEntities).toEqual([{ bundleId: `${p}-georgia-person`, resolvedId: `${p}-georgia-person`, resolution: 'CREATED' }]);
    expect(await entityNodeIds([`${p}-georgia`, `${p}-georgia-person`])).toEqual([`${p}-georgia`, `${p}-georgia-person`]);
    expect(await entity(`${p}-georgia`)).toMatchObject({ kind: 'COUNTRY', aliases: [] });
    expect(await entity(`${p}-georgia-person`)).toMatchObject({ id: `${p}-georgia-person`, kind: 'PERSON' });
  });

  test('a name that only shares a word does not resolve', async () => {
    const p = uniqueId('er-partial');
    await ingest(entitiesBundle(`${p}-1`, [{ id: `${p}-full`, name: `Ada Lovelace ${p}`, kind: 'PERSON' }]));
    const result = await ingest(entitiesBundle(`${p}-2`, [{ id: `${p}-part`, name: `Lovelace ${p}`, kind: 'PERSON' }]));
    expect(result.resolvedEntities[0].resolution).toBe('CREATED');
  });
});

test('an affiliation that resolution turns into a self-affiliation is refused with both ids, and nothing is written', async () => {
  const p = uniqueId('er-self');
  await ingest(entitiesBundle(`${p}-1`, [{ id: `${p}-ministry`, name: `Ministry of Ports ${p}`, kind: 'ORGANIZATION' }]));
  const r = await server.gql(INGEST, {
    input: entitiesBundle(`${p}-2`, [
      // A new id that resolves by name to the ministry, affiliated with the ministry itself.
      { id: `${p}-ministry-2`, name: `Ministry of Ports ${p}`, kind: 'ORGANIZATION', affiliations: [{ entity: `${p}-ministry`, role: 'part of' }] },
    ]),
  });
  expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(r.errors?.[0].message).toContain(`entities[0].affiliations[0].entity: "${p}-ministry-2" and "${p}-ministry" are the same entity`);
  expect(await server.cypher('MATCH (n) WHERE n.id IN $ids RETURN n.id AS id', { ids: [`${p}-2-doc`, `${p}-ministry-2`] })).toEqual([]);
  expect(await server.cypher('MATCH (:Entity {id: $id})-[r:AFFILIATED_WITH]->() RETURN count(r) AS n', { id: `${p}-ministry` })).toEqual([{ n: 0 }]);
});
