import { BundleBuilder, errorCodes, uniqueWikidataId, uniqueWord } from '../support/bundles';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * Query.search: snippets with <mark>ed words and the matched field, and SearchFilter (kinds, saidBy,
 * about, statedAfter, statedBefore) applied inside the database. Every test searches for a word only
 * its own data contains, so other data in the graph cannot change the hits.
 */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const SEARCH = `query($text: String!, $first: Int, $filter: SearchFilter) {
  search(text: $text, first: $first, filter: $filter) {
    score snippet matchedField
    node { __typename ... on Claim { id } ... on Attribution { id } ... on Entity { id } }
  }
}`;

interface Hit { score: number; snippet: string; matchedField: string; node: { __typename: string; id: string } }

async function search(text: string, filter?: Record<string, unknown>, first = 100): Promise<Hit[]> {
  const data = await server.query<{ search: Hit[] }>(SEARCH, { text, first, filter });
  return data.search;
}
const ids = (hits: Hit[]) => hits.map((h) => h.node.id).sort();

/**
 * One story with a unique word W in claim texts, quotes and entity names:
 *   cA "The W drones ..."   about land    alice 2031-01-10
 *   cB "Officials say W ..." about other  bob (no statedAt: document of 2031-06-01)
 *   cC "W ... W."           about land+other  alice 2031-09-01, bob 2031-02-01
 *   cD "... about W."       about other   inst 2031-04-01
 *   cQ (text without W)     about land    quotes: qA alice 2031-05-01, qB inst 2031-07-01
 *   entities: inst "W Institute", land "Republic of W", fund "Quiet Foundation" (alias "W Fund")
 */
async function story() {
  const w = uniqueWord('story');
  const b = new BundleBuilder('search-story', { publishedAt: '2031-03-01T00:00:00Z' });
  const later = b.document('later', { publishedAt: '2031-06-01T00:00:00Z' });
  const alice = b.entity('alice', { wikidataId: uniqueWikidataId() });
  const bob = b.entity('bob');
  const inst = b.entity('inst', { name: `${w} Institute`, kind: 'ORGANIZATION' });
  const land = b.entity('land', { name: `Republic of ${w}`, kind: 'COUNTRY' });
  const other = b.entity('other', { kind: 'COUNTRY' });
  const fund = b.entity('fund', { name: `Quiet Foundation ${b.prefix}`, kind: 'ORGANIZATION', aliases: [`${w} Fund`] });
  const cA = b.claim('cA', `The ${w} drones were sent to <Kyiv> & beyond.`, [land]);
  const cB = b.claim('cB', `Officials say ${w} is a fiction.`, [other]);
  const cC = b.claim('cC', `${w} was mentioned twice, ${w.toUpperCase()}.`, [land, other]);
  const cD = b.claim('cD', `A claim by the institute about ${w}.`, [other]);
  const cQ = b.claim('cQ', `A claim whose quotes carry the word ${b.prefix}.`, [land]);
  b.attribution({ claim: cA, speaker: alice, statedAt: '2031-01-10T00:00:00Z' });
  b.attribution({ claim: cB, speaker: bob, document: later });
  b.attribution({ claim: cC, speaker: alice, statedAt: '2031-09-01T00:00:00Z' });
  b.attribution({ claim: cC, speaker: bob, statedAt: '2031-02-01T00:00:00Z' });
  b.attribution({ claim: cD, speaker: inst, statedAt: '2031-04-01T00:00:00Z' });
  const qA = b.attribution({ local: 'qA', claim: cQ, speaker: alice, mode: 'DIRECT_QUOTE', quote: `We never saw ${w} at all`, statedAt: '2031-05-01T00:00:00Z' });
  const qB = b.attribution({ local: 'qB', claim: cQ, speaker: inst, mode: 'DIRECT_QUOTE', quote: `${w} is ours`, statedAt: '2031-07-01T00:00:00Z' });
  await b.ingest(server);
  return { w, b, alice, bob, inst, land, other, fund, cA, cB, cC, cD, cQ, qA, qB };
}

let s: Awaited<ReturnType<typeof story>>;
beforeAll(async () => { s = await story(); });

describe('snippets and matched fields', () => {
  test('every kind of hit, with its matched text marked and HTML-escaped', async () => {
    const hits = await search(s.w);
    const byId = new Map(hits.map((h) => [h.node.id, h]));
    expect(ids(hits)).toEqual([s.cA, s.cB, s.cC, s.cD, s.qA, s.qB, s.inst, s.land, s.fund].sort());
    const w = s.w;
    expect(byId.get(s.cA)).toMatchObject({
      matchedField: 'CLAIM_TEXT', node: { __typename: 'Claim' },
      snippet: `The <mark>${w}</mark> drones were sent to &lt;Kyiv&gt; &amp; beyond.`,
    });
    expect(byId.get(s.cC)!.snippet).toBe(`<mark>${w}</mark> was mentioned twice, <mark>${w.toUpperCase()}</mark>.`);
    expect(byId.get(s.qA)).toMatchObject({ matchedField: 'QUOTE', node: { __typename: 'Attribution' }, snippet: `We never saw <mark>${w}</mark> at all` });
    expect(byId.get(s.inst)).toMatchObject({ matchedField: 'ENTITY_NAME', node: { __typename: 'Entity' }, snippet: `<mark>${w}</mark> Institute` });
    expect(byId.get(s.fund)).toMatchObject({ matchedField: 'ENTITY_ALIAS', snippet: `<mark>${w}</mark> Fund` });
    expect(hits.every((h) => h.score > 0)).toBe(true);
    // Best first.
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((x, y) => y - x));
  });

  test('the analyst\'s casing does not matter; the text\'s own spelling is what gets marked', async () => {
    const hits = await search(`${s.w.toUpperCase()} Institute`, { kinds: ['ENTITY'] });
    expect(hits.find((h) => h.node.id === s.inst)!.snippet).toBe(`<mark>${s.w}</mark> <mark>Institute</mark>`);
  });

  test('the old signature search(text, first) still works and first caps the hits', async () => {
    const data = await server.query<{ search: Hit[] }>(`{ search(text: "${s.w}", first: 2) { snippet node { __typename } } }`);
    expect(data.search).toHaveLength(2);
  });
});

describe('filters', () => {
  test('kinds keeps only those kinds of result', async () => {
    expect(ids(await search(s.w, { kinds: ['CLAIM'] }))).toEqual([s.cA, s.cB, s.cC, s.cD].sort());
    expect(ids(await search(s.w, { kinds: ['ATTRIBUTION', 'ENTITY'] }))).toEqual([s.qA, s.qB, s.inst, s.land, s.fund].sort());
    // An empty list does not restrict.
    expect(await search(s.w, { kinds: [] })).toHaveLength(9);
  });

  test('saidBy: claims with an attribution by the speaker, the speaker\'s quotes, and the speaker itself', async () => {
    expect(ids(await search(s.w, { saidBy: [s.alice] }))).toEqual([s.cA, s.cC, s.qA].sort());
    expect(ids(await search(s.w, { saidBy: [s.inst] }))).toEqual([s.cD, s.qB, s.inst].sort());
    expect(ids(await search(s.w, { saidBy: [s.alice, s.inst], kinds: ['ATTRIBUTION'] }))).toEqual([s.qA, s.qB].sort());
  });

  test('about: claims about the entity, quotes of such claims, and the entity itself', async () => {
    expect(ids(await search(s.w, { about: [s.land] }))).toEqual([s.cA, s.cC, s.qA, s.qB, s.land].sort());
  });

  test('saidBy and about combine (AND)', async () => {
    expect(ids(await search(s.w, { about: [s.other], saidBy: [s.bob] }))).toEqual([s.cB, s.cC].sort());
    // An entity hit must itself be in both lists.
    expect(ids(await search(s.w, { about: [s.land], saidBy: [s.inst] }))).toEqual([s.qB]);
  });

  test('dates: statedAt, else the document\'s publishedAt; saidBy and the dates hold for one attribution', async () => {
    // cC was said by bob on 02-01 and by alice on 09-01: alice's later statement does not make bob's late.
    expect(ids(await search(s.w, { saidBy: [s.bob], statedAfter: '2031-03-01' }))).toEqual([s.cB]);
    expect(ids(await search(s.w, { saidBy: [s.bob], statedBefore: '2031-03-01' }))).toEqual([s.cC]);
    // statedAfter is inclusive (cD at 04-01), statedBefore exclusive; entities have no time.
    expect(ids(await search(s.w, { statedAfter: '2031-04-01T00:00:00Z', statedBefore: '2031-08-01T00:00:00Z' })))
      .toEqual([s.cB, s.cD, s.qA, s.qB].sort());
    expect(await search(s.w, { kinds: ['ENTITY'], statedAfter: '2000-01-01' })).toEqual([]);
  });

  test('filter ids go through entity resolution, as in entity(id:)', async () => {
    // A later bundle names alice under a new id with her Wikidata id: that id now resolves to alice.
    const alice = await server.query(`query($id: ID!) { entity(id: $id) { wikidataId } }`, { id: s.alice });
    const later = new BundleBuilder('search-alias');
    const aliceAgain = later.entity('alice-again', { wikidataId: alice.entity.wikidataId });
    const result = await later.ingest(server);
    expect(result.resolvedEntities.find((r) => r.bundleId === aliceAgain)?.resolvedId).toBe(s.alice);
    expect(ids(await search(s.w, { saidBy: [aliceAgain] }))).toEqual([s.cA, s.cC, s.qA].sort());
  });

  test('filters are applied before the limit: a selective filter still fills the page', async () => {
    const w = uniqueWord('deep');
    const b = new BundleBuilder('search-deep', { publishedAt: '2031-01-01T00:00:00Z' });
    const noisy = b.entity('noisy');
    const quiet = b.entity('quiet');
    const subject = b.entity('subject', { kind: 'COUNTRY' });
    // Short texts repeating the word outrank long texts that say it once.
    for (let i = 0; i < 12; i += 1) b.attribution({ claim: b.claim(`noise-${i}`, `${w} ${w} ${w} noise${i}`), speaker: noisy });
    const targets = [0, 1, 2].map((i) => {
      const c = b.claim(`target-${i}`, `A much longer sentence that names ${w} only once among a great many other words, number ${i}.`, [subject]);
      b.attribution({ claim: c, speaker: quiet });
      return c;
    });
    await b.ingest(server);

    const unfiltered = await search(w, undefined, 3);
    expect(unfiltered.every((h) => h.node.id.includes('-noise-'))).toBe(true);
    expect(ids(await search(w, { saidBy: [quiet] }, 3))).toEqual(targets.sort());
    expect(ids(await search(w, { about: [subject] }, 3))).toEqual(targets.sort());
    expect(await search(w, { saidBy: [quiet] }, 2)).toHaveLength(2);
  });
});

describe('bad filters are BAD_USER_INPUT', () => {
  test('statedBefore not after statedAfter', async () => {
    const r = await server.gql(SEARCH, { text: s.w, filter: { statedAfter: '2031-05-01', statedBefore: '2031-05-01' } });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions.problems[0].path).toBe('filter.statedBefore');
    expect(r.data).toBeFalsy();
  });

  test('more than 100 ids', async () => {
    const many = Array.from({ length: 101 }, (_, i) => `e-${i}`);
    const r = await server.gql(SEARCH, { text: s.w, filter: { about: many } });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions.problems[0]).toEqual({ path: 'filter.about', message: 'may list at most 100 ids' });
  });

  test('an unknown kind', async () => {
    const r = await server.gql(SEARCH, { text: s.w, filter: { kinds: ['REVIEW'] } });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  });
});
