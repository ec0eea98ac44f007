import { BundleBuilder, errorCodes, uniqueWord } from '../support/bundles';
import { graphState, neighbourIds } from '../support/graphState';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const MERGE = `mutation Merge($keep: ID!, $merge: ID!) {
  mergeEntities(keep: $keep, merge: $merge) { id name kind description aliases affiliations { entity { id } role } }
}`;
const UNMERGE = `mutation Unmerge($id: ID!) {
  unmergeEntities(mergedId: $id) { restored { id name aliases } keep { id name aliases } relationshipsRestored relationshipsNotRestored }
}`;

/**
 * Mykola (keep) and Nikolai (to merge) S., one person in two transliterations, with something of every
 * kind of relationship: statements, claims about them, a memo Nikolai wrote, affiliations both ways (one
 * both already have, one only Nikolai has, one from Nikolai to Mykola himself), and an id that ingest
 * resolved to Nikolai by name (a redirect pointing at him).
 */
async function story() {
  const surname = uniqueWord('kovalenko');
  const b = new BundleBuilder('merge');
  const mod = b.entity('mod', { kind: 'ORGANIZATION', name: `Ministry ${surname}` });
  b.entity('army', { kind: 'ORGANIZATION' });
  const keep = b.entity('mykola', { name: `Mykola ${surname}`, aliases: [`M. ${surname}`], affiliations: [{ entity: 'mod', role: 'spokesperson', since: '2022-01-01' }] });
  const merge = b.entity('nikolai', {
    name: `Nikolai ${surname}`,
    aliases: [`Nikolay ${surname}`],
    description: 'military spokesman',
    affiliations: [{ entity: 'mod', role: 'spokesperson', since: '2022-01-01' }, { entity: 'army', role: 'colonel' }, { entity: 'mykola', role: 'deputy' }],
  });
  const aide = b.entity('aide', { affiliations: [{ entity: 'nikolai', role: 'aide' }] });
  const memo = b.document('memo', { authors: ['nikolai'], publisher: 'mod', publishedAt: '2030-01-02T00:00:00Z' });
  const c1 = b.claim('c1', undefined, ['nikolai']);
  const c2 = b.claim('c2', undefined, ['nikolai', 'mykola']);
  b.attribution({ claim: 'c1', speaker: 'nikolai' });
  b.attribution({ claim: 'c2', speaker: 'mykola' });
  b.attribution({ claim: 'c2', speaker: 'nikolai', document: 'memo' });
  await b.ingest(server);
  const later = new BundleBuilder('merge-alias');
  const resolvedId = later.entity('nick', { name: `Nikolai ${surname}` });
  const ingest = await later.ingest(server);
  expect(ingest.resolvedEntities).toContainEqual({ bundleId: resolvedId, resolvedId: merge, resolution: 'NAME' });
  return { surname, keep, merge, mod, aide, memo, c1, c2, resolvedId, army: b.id('army') };
}

async function stateAround(ids: string[]) {
  return graphState(server, [...ids, ...(await neighbourIds(server, ids))]);
}

test('mergeEntities moves every relationship to keep and keeps the merged id resolvable', async () => {
  const s = await story();
  const { mergeEntities: kept } = await server.query(MERGE, { keep: s.keep, merge: s.merge });
  expect(kept).toEqual({
    id: s.keep,
    name: `Mykola ${s.surname}`,
    kind: 'PERSON',
    description: 'military spokesman',
    aliases: [`M. ${s.surname}`, `Nikolai ${s.surname}`, `Nikolay ${s.surname}`],
    // The shared affiliation once, the army one moved; the one to Mykola himself is dropped.
    affiliations: expect.arrayContaining([{ entity: { id: s.mod }, role: 'spokesperson' }, { entity: { id: s.army }, role: 'colonel' }]),
  });
  expect(kept.affiliations).toHaveLength(2);

  const data = await server.query(
    `query After($merged: ID!, $resolved: ID!, $keep: ID!, $memo: ID!, $aide: ID!, $name: String!) {
       merged: entity(id: $merged) { id }
       resolved: entity(id: $resolved) { id }
       keep: entity(id: $keep) { statements { totalCount edges { node { claim { id } } } } claimsAbout { edges { node { id } } } }
       saidByMerged: claims(filter: { saidBy: [$merged] }) { edges { node { id } } }
       aboutMerged: claims(filter: { about: [$merged] }) { edges { node { id } } }
       memo: document(id: $memo) { authors { id } }
       aide: entity(id: $aide) { affiliations { entity { id } role } }
       byOldName: entities(filter: { name: $name }) { edges { node { id } } }
       entityMerges(keep: $keep) { keep { id } mergedId mergedName relationshipsMoved }
     }`,
    { merged: s.merge, resolved: s.resolvedId, keep: s.keep, memo: s.memo, aide: s.aide, name: `Nikolai ${s.surname}` },
  );
  expect(data.merged).toEqual({ id: s.keep });
  expect(data.resolved).toEqual({ id: s.keep });
  expect(data.keep.statements.totalCount).toBe(3);
  expect(data.keep.claimsAbout.edges.map((e: any) => e.node.id).sort()).toEqual([s.c1, s.c2].sort());
  expect(data.saidByMerged.edges.map((e: any) => e.node.id).sort()).toEqual([s.c1, s.c2].sort());
  expect(data.aboutMerged.edges.map((e: any) => e.node.id).sort()).toEqual([s.c1, s.c2].sort());
  expect(data.memo.authors).toEqual([{ id: s.keep }]);
  expect(data.aide.affiliations).toEqual([{ entity: { id: s.keep }, role: 'aide' }]);
  expect(data.byOldName.edges).toEqual([{ node: { id: s.keep } }]);
  // mod (already on keep), army, aide, c1, c2 (already about keep), two statements, the memo, the redirect.
  expect(data.entityMerges).toEqual([{ keep: { id: s.keep }, mergedId: s.merge, mergedName: `Nikolai ${s.surname}`, relationshipsMoved: 9 }]);

  const [graph] = await server.cypher(
    `RETURN COUNT { MATCH (:Entity {id: $merged}) } AS entities,
            COUNT { MATCH (:EntityRedirect {id: $merged})-[:RESOLVES_TO]->(:Entity {id: $keep}) } AS redirects,
            COUNT { MATCH (:EntityMerge {mergedId: $merged, keepId: $keep}) } AS records,
            COUNT { MATCH (:Entity {id: $keep})-[:AFFILIATED_WITH]->(:Entity {id: $keep}) } AS selfLoops`,
    { merged: s.merge, keep: s.keep },
  );
  expect(graph).toEqual({ entities: 0, redirects: 1, records: 1, selfLoops: 0 });
});

test('merge then unmerge leaves the graph identical', async () => {
  const s = await story();
  const before = await stateAround([s.keep, s.merge]);
  await server.query(MERGE, { keep: s.keep, merge: s.merge });
  expect(await stateAround([s.keep, s.merge])).not.toEqual(before);

  const { unmergeEntities } = await server.query(UNMERGE, { id: s.merge });
  expect(unmergeEntities).toEqual({
    restored: { id: s.merge, name: `Nikolai ${s.surname}`, aliases: [`Nikolay ${s.surname}`] },
    keep: { id: s.keep, name: `Mykola ${s.surname}`, aliases: [`M. ${s.surname}`] },
    relationshipsRestored: 10,
    relationshipsNotRestored: 0,
  });
  expect(await graphState(server, Object.keys(before.nodes).map((k) => k.split(' ')[1]))).toEqual(before);

  const data = await server.query(
    `query Again($merged: ID!, $resolved: ID!) {
       merged: entity(id: $merged) { id }
       resolved: entity(id: $resolved) { id }
       saidBy: claims(filter: { saidBy: [$merged] }) { edges { node { id } } }
       entityMerges(keep: $merged) { mergedId }
     }`,
    { merged: s.merge, resolved: s.resolvedId },
  );
  expect(data).toEqual({ merged: { id: s.merge }, resolved: { id: s.merge }, saidBy: { edges: expect.any(Array) }, entityMerges: [] });
  expect(data.saidBy.edges.map((e: any) => e.node.id).sort()).toEqual([s.c1, s.c2].sort());

  // And once more: a second round trip is as exact as the first.
  await server.query(MERGE, { keep: s.keep, merge: s.merge });
  await server.query(UNMERGE, { id: s.merge });
  expect(await graphState(server, Object.keys(before.nodes).map((k) => k.split(' ')[1]))).toEqual(before);
});

test('unmerge keeps what changed on keep since the merge, and gives back only the merged names', async () => {
  const s = await story();
  await server.query(MERGE, { keep: s.keep, merge: s.merge });
  // A later bundle says more about keep: a new alias.
  const later = new BundleBuilder('merge-later');
  later.uses(s.keep);
  later.input.entities.push({ id: s.keep, name: `Mykola ${s.surname}`, kind: 'PERSON', aliases: [`Kolya ${s.surname}`], anonymous: false, description: null, wikidataId: null, affiliations: [] });
  await later.ingest(server);

  const { unmergeEntities } = await server.query(UNMERGE, { id: s.merge });
  expect(unmergeEntities.keep.aliases).toEqual([`M. ${s.surname}`, `Kolya ${s.surname}`]);
  expect(unmergeEntities.restored.aliases).toEqual([`Nikolay ${s.surname}`]);
});

test('a keep of kind OTHER takes the merged kind, and gets it back on unmerge', async () => {
  const b = new BundleBuilder('merge-other');
  const keep = b.entity('vague', { kind: 'OTHER', name: `Vague ${uniqueWord('x')}` });
  const merge = b.entity('precise', { kind: 'LOCATION', name: `Precise ${uniqueWord('y')}` });
  await b.ingest(server);
  const before = await stateAround([keep, merge]);
  expect((await server.query(MERGE, { keep, merge })).mergeEntities.kind).toBe('LOCATION');
  await server.query(UNMERGE, { id: merge });
  expect(await graphState(server, Object.keys(before.nodes).map((k) => k.split(' ')[1]))).toEqual(before);
});

describe('merges depending on each other are undone newest first', () => {
  async function three() {
    const b = new BundleBuilder('merge-chain');
    const [a, x, y, z] = ['a', 'x', 'y', 'z'].map((n) => b.entity(n, { name: `${n.toUpperCase()} ${uniqueWord(n)}` }));
    b.claim('c', undefined, [x, y]);
    b.attribution({ claim: 'c', speaker: x });
    await b.ingest(server);
    return { a, x, y, z };
  }

  test('a later merge into the same entity must be undone first', async () => {
    const { a, x, y } = await three();
    const before = await stateAround([a, x, y]);
    await server.query(MERGE, { keep: a, merge: x });
    await server.query(MERGE, { keep: a, merge: y });
    const middle = await graphState(server, Object.keys(before.nodes).map((k) => k.split(' ')[1]));
    const refused = await server.gql(UNMERGE, { id: x });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].message).toBe(`mergedId: a later merge depends on it: "${y}" was merged into "${a}" after "${x}"; unmerge "${y}" first (newest first)`);
    expect(await graphState(server, Object.keys(before.nodes).map((k) => k.split(' ')[1]))).toEqual(middle);

    await server.query(UNMERGE, { id: y });
    await server.query(UNMERGE, { id: x });
    expect(await graphState(server, Object.keys(before.nodes).map((k) => k.split(' ')[1]))).toEqual(before);
  });

  test('an entity merged into one that was merged away since comes back only after it', async () => {
    const { a, x, z } = await three();
    await server.query(MERGE, { keep: a, merge: x });
    await server.query(MERGE, { keep: z, merge: a });
    expect((await server.query(`{ entity(id: "${x}") { id } }`)).entity).toEqual({ id: z });
    const refused = await server.gql(UNMERGE, { id: x });
    expect(refused.errors![0].message).toBe(`mergedId: a later merge depends on it: "${a}", into which "${x}" was merged, has since been merged into "${z}"; unmerge "${a}" first`);
    await server.query(UNMERGE, { id: a });
    await server.query(UNMERGE, { id: x });
    expect((await server.query(`{ entity(id: "${x}") { id } }`)).entity).toEqual({ id: x });
  });
});

test('bad input is refused with BAD_USER_INPUT and writes nothing', async () => {
  const s = await story();
  const b = new BundleBuilder('merge-bad');
  const country = b.entity('georgia', { kind: 'COUNTRY', name: `Georgia ${uniqueWord('g')}` });
  const other = b.entity('other', { name: `Other ${uniqueWord('o')}` });
  await b.ingest(server);
  await server.query(MERGE, { keep: other, merge: s.merge }); // s.merge is now merged into `other`
  const ids = [s.keep, s.merge, country, other, s.resolvedId];
  const before = await stateAround(ids);

  const cases: [string, Record<string, unknown>, string][] = [
    [MERGE, { keep: 'no-such-entity', merge: s.keep }, 'keep: unknown entity id "no-such-entity"'],
    [MERGE, { keep: s.keep, merge: 'no-such-entity' }, 'merge: unknown entity id "no-such-entity"'],
    [MERGE, { keep: s.keep, merge: s.keep }, 'merge: is the same id as keep: an entity cannot be merged into itself'],
    [MERGE, { keep: s.keep, merge: country }, `merge: is a COUNTRY and "${s.keep}" a PERSON: entities of different kinds are not one thing (only OTHER merges with any kind)`],
    [MERGE, { keep: s.keep, merge: s.merge }, `merge: "${s.merge}" was already merged into "${other}": use "${other}", or unmergeEntities(mergedId: "${s.merge}") first`],
    [MERGE, { keep: s.resolvedId, merge: s.keep }, `keep: "${s.resolvedId}" is not an entity of its own: entity resolution at ingest made it another id of "${other}"; use "${other}"`],
    [UNMERGE, { id: s.keep }, `mergedId: "${s.keep}" is an entity of its own, not merged into another: there is nothing to unmerge`],
    [UNMERGE, { id: s.resolvedId }, `mergedId: "${s.resolvedId}" was resolved to "${other}" at ingest (same name or Wikidata id), not merged with mergeEntities: there is nothing to unmerge`],
    [UNMERGE, { id: 'no-such-id' }, 'mergedId: unknown id "no-such-id": no merge of it is recorded'],
  ];
  for (const [query, variables, message] of cases) {
    const r = await server.gql(query, variables);
    expect({ variables, codes: errorCodes(r), message: r.errors?.[0].message }).toEqual({ variables, codes: ['BAD_USER_INPUT'], message });
  }
  expect(await graphState(server, Object.keys(before.nodes).map((k) => k.split(' ')[1]))).toEqual(before);
});
