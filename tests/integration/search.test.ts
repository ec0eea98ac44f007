import { BundleBuilder, errorCodes, uniqueWord } from '../support/bundles';
import { startTestServer, type TestServer } from '../support/testServer';

/** Query.search: full-text over claim texts, direct quotes and entity names/aliases, best first. */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const HIT = `score node { __typename
  ... on Claim { id text }
  ... on Entity { id name aliases kind }
  ... on Attribution { id quote mode speaker { id } claim { id } } }`;

async function search(text: string, first?: number): Promise<any[]> {
  const data = await server.query(`query($text: String!, $first: Int) { search(text: $text, first: $first) { ${HIT} } }`, { text, first });
  const scores = data.search.map((h: any) => h.score);
  for (const s of scores) expect(typeof s).toBe('number');
  for (let i = 1; i < scores.length; i += 1) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]); // best first
  return data.search;
}

const keyOf = (h: any) => `${h.node.__typename}:${h.node.id}`;

test('finds a claim by a word of its text, an entity by its name and by an alias, an attribution by its quote', async () => {
  const [inText, inName, inAlias, inQuote] = ['text', 'name', 'alias', 'quote'].map((l) => uniqueWord(l));
  const b = new BundleBuilder('search-kinds');
  const org = b.entity('org', { kind: 'ORGANIZATION', name: `${inName} Institute`, aliases: [`The ${inAlias} Group`] });
  const c = b.claim('c', `The harbour of ${inText} was reopened.`);
  const a = b.attribution({ local: 'a', claim: c, speaker: org, mode: 'DIRECT_QUOTE', quote: `we reopened it, said the ${inQuote} people` });
  await b.ingest(server);

  expect(await search(inText)).toEqual([{ score: expect.any(Number), node: { __typename: 'Claim', id: c, text: `The harbour of ${inText} was reopened.` } }]);
  const entity = { __typename: 'Entity', id: org, name: `${inName} Institute`, aliases: [`The ${inAlias} Group`], kind: 'ORGANIZATION' };
  expect(await search(inName)).toEqual([{ score: expect.any(Number), node: entity }]);
  expect(await search(inAlias.toUpperCase())).toEqual([{ score: expect.any(Number), node: entity }]);
  expect(await search(inQuote)).toEqual([{
    score: expect.any(Number),
    node: { __typename: 'Attribution', id: a, quote: `we reopened it, said the ${inQuote} people`, mode: 'DIRECT_QUOTE', speaker: { id: org }, claim: { id: c } },
  }]);
  for (const hit of await search(inText)) expect(hit.score).toBeGreaterThan(0);
});

test('one word in a claim, a quote and a name gives one hit of each type', async () => {
  const word = uniqueWord('all');
  const b = new BundleBuilder('search-mixed');
  const person = b.entity('p', { name: `Mx ${word}` });
  const c = b.claim('c', `The ${word} plan was announced.`);
  const a = b.attribution({ local: 'a', claim: c, speaker: person, mode: 'DIRECT_QUOTE', quote: `the ${word} plan is ready` });
  await b.ingest(server);
  const hits = await search(word);
  expect(hits.map(keyOf).sort()).toEqual([`Attribution:${a}`, `Claim:${c}`, `Entity:${person}`]);
});

test('best first: a claim matching every word ranks above claims matching one', async () => {
  const [w1, w2] = [uniqueWord('rank'), uniqueWord('rank')];
  const b = new BundleBuilder('search-rank');
  const both = b.claim('both', `The ${w1} ${w2} agreement was signed.`);
  const one = b.claim('one', `The ${w1} agreement was mentioned in a long article about many other unrelated matters of state.`);
  const other = b.claim('other', `Something about ${w2} only, in a rather longer sentence than the first one is.`);
  await b.ingest(server);
  const hits = await search(`${w1} ${w2}`);
  expect(hits.map((h) => h.node.id)[0]).toBe(both);
  expect(hits.map((h) => h.node.id).sort()).toEqual([both, one, other].sort());
  expect(hits[0].score).toBeGreaterThan(hits[1].score);
});

test.each([
  '"(foo) AND bar:baz*',
  'NOT',
  'title:x OR y~2',
  '[a TO z] {b TO c}',
  '/.*regex.*/',
  'a && b || !c',
  '\\',
  '+-^~?*',
  'foo"',
  'AND OR NOT something',
])('hostile text %j is plain words: no error', async (text) => {
  const r = await server.gql('query($t: String!) { search(text: $t) { score } }', { t: text });
  if (r.errors) {
    // Only "nothing to search for" is an acceptable answer, and only for text without letters or digits.
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(/[\p{L}\p{N}]/u.test(text)).toBe(false);
  } else {
    expect(Array.isArray(r.data.search)).toBe(true);
  }
});

test('hostile syntax around a real word still finds it', async () => {
  const word = uniqueWord('hostile');
  const b = new BundleBuilder('search-hostile');
  const c = b.claim('c', `The ${word} report was leaked.`);
  await b.ingest(server);
  const hits = await search(`"(${word}) AND bar:baz*`);
  expect(hits.map(keyOf)).toContain(`Claim:${c}`);
  // The words are not query syntax: "NOT word" still finds it, "word*" does not widen to a prefix.
  expect((await search(`NOT ${word}`)).map(keyOf)).toContain(`Claim:${c}`);
  expect((await search(`${word.slice(0, -3)}*`)).map(keyOf)).not.toContain(`Claim:${c}`);
});

test.each([
  ['empty', ''],
  ['whitespace', '   \t\n '],
  ['punctuation only', '*** ()'],
  ['over 500 characters', 'a'.repeat(501)],
])('%s text is BAD_USER_INPUT', async (_, text) => {
  const r = await server.gql('query($t: String!) { search(text: $t) { score } }', { t: text });
  expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  expect(r.errors![0].message).toMatch(/^text: /);
});

test('first limits the hits, defaults to 20, and is at most 100', async () => {
  const word = uniqueWord('many');
  const b = new BundleBuilder('search-many');
  for (let i = 0; i < 24; i += 1) b.claim(`c${i}`, `Claim number ${i} mentions ${word}.`);
  await b.ingest(server);
  expect(await search(word)).toHaveLength(20);
  expect(await search(word, 3)).toHaveLength(3);
  expect(await search(word, 100)).toHaveLength(24);
  expect(await search(word, 0)).toEqual([]);
  for (const first of [101, -1]) {
    const r = await server.gql('query($f: Int) { search(text: "drones", first: $f) { score } }', { f: first });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  }
});

test('seed: the minister by name and spelling variant, his quote by its words, the drone by its alias', async () => {
  expect((await search('Amirabdollahian')).map(keyOf)).toContain('Entity:hossein-amirabdollahian');
  expect((await search('Amir-Abdollahian')).map(keyOf)).toContain('Entity:hossein-amirabdollahian');
  const quote = await search('we did provide a limited number of drones', 100);
  expect(quote.map(keyOf)).toEqual(expect.arrayContaining(['Attribution:attr-amirabdollahian-limited-drones', 'Claim:claim-iran-sent-limited-drones-before-invasion']));
  const attribution = quote.find((h) => h.node.id === 'attr-amirabdollahian-limited-drones');
  expect(attribution.node).toMatchObject({ mode: 'DIRECT_QUOTE', speaker: { id: 'hossein-amirabdollahian' }, claim: { id: 'claim-iran-sent-limited-drones-before-invasion' } });
  expect((await search('Geran')).map(keyOf)).toContain('Entity:shahed-136');
});
