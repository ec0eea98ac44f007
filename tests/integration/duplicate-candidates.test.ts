import { BundleBuilder, errorCodes, uniqueWord } from '../support/bundles';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const CANDIDATES = `query Candidates($ids: [ID!], $first: Int, $kind: EntityKind, $minScore: Float) {
  duplicateCandidates(ids: $ids, first: $first, kind: $kind, minScore: $minScore) {
    a { id name } b { id name } score reasons { code detail }
  }
}`;

interface Candidate { a: { id: string; name: string }; b: { id: string; name: string }; score: number; reasons: { code: string; detail: string }[] }

/**
 * One person in three transliterations (Mykola, Nikolai, Nikolay S.), two of them spokespeople of the
 * same ministry; a typo of the surname; and distractors: another Kovalenko of the same ministry with
 * a different given name, an organisation and an anonymous source with the same names. S is a surname
 * no other test uses, so this test's pairs are its own; duplicateCandidates is graph-wide, so the
 * queries are scoped with `ids` and the answers filtered to pairs of this test's entities.
 */
async function people() {
  const surname = uniqueWord('kovalenko');
  const b = new BundleBuilder('dups');
  const mod = b.entity('mod', { kind: 'ORGANIZATION', name: `Ministry ${uniqueWord('defence')}` });
  const spokesperson = [{ entity: 'mod', role: 'spokesperson' }];
  const ids = {
    mykola: b.entity('mykola', { name: `Mykola ${surname}`, affiliations: spokesperson }),
    nikolai: b.entity('nikolai', { name: `Nikolai ${surname}`, affiliations: spokesperson }),
    nikolay: b.entity('nikolay', { name: `Nikolay ${surname}` }),
    typo: b.entity('typo', { name: `Mykola ${surname}o` }),
    oleksandr: b.entity('oleksandr', { name: `Oleksandr ${surname}`, affiliations: spokesperson }),
    organization: b.entity('org', { kind: 'ORGANIZATION', name: `Mykola ${surname}` }),
    anonymous: b.entity('anon', { name: `Mikola ${surname}`, anonymous: true, description: `a source close to Mikola ${surname}` }),
  };
  await b.ingest(server);
  return { surname, mod, ids, all: Object.values(ids) };
}

async function candidates(all: string[], variables: Record<string, unknown> = {}): Promise<Candidate[]> {
  const data = await server.query<{ duplicateCandidates: Candidate[] }>(CANDIDATES, { ids: all, first: 100, ...variables });
  return data.duplicateCandidates.filter((c) => all.includes(c.a.id) && all.includes(c.b.id));
}

const pairOf = (c: Candidate) => [c.a.id, c.b.id];
const sorted = (x: string, y: string) => (x < y ? [x, y] : [y, x]);

test('transliterated given names pair up, best first, with their reasons', async () => {
  const { ids, all, surname } = await people();
  const found = await candidates(all);
  const { mykola, nikolai, nikolay, typo } = ids;

  // 0.93: transliteration and the same ministry in the same role; 0.9: transliteration alone;
  // 0.85 x similarity: one letter more in the surname. Ties are in id order.
  const expected: [string[], number][] = [
    [sorted(mykola, nikolai), 0.93],
    ...[sorted(mykola, nikolay), sorted(nikolai, nikolay)].sort().map((p) => [p, 0.9] as [string[], number]),
  ];
  expect(found.slice(0, 3).map((c) => [pairOf(c), c.score])).toEqual(expected);
  const typoPairs = found.slice(3);
  expect(typoPairs.map((c) => [...pairOf(c)].sort())).toEqual(expect.arrayContaining([mykola, nikolai, nikolay].map((id) => [id, typo].sort())));
  expect(typoPairs).toHaveLength(3);
  const key = `mykola${surname}`;
  for (const c of typoPairs) {
    expect(c.score).toBe(Math.round(0.85 * (1 - 1 / (key.length + 1)) * 1000) / 1000);
    expect(c.reasons.map((r) => r.code)).toEqual(['SIMILAR_NAME', 'SAME_KIND']);
  }

  const best = found[0];
  expect(best.reasons.map((r) => r.code)).toEqual(['TRANSLITERATED_GIVEN_NAME', 'SHARED_AFFILIATION', 'SAME_KIND']);
  expect(best.reasons[0].detail).toContain(`same surname (${surname})`);
  expect(best.reasons[0].detail).toMatch(/(mykola \/ nikolai|nikolai \/ mykola) are transliterations of one given name/);
  expect(best.reasons[1].detail).toMatch(/^both are affiliated with Ministry \w+, both as "spokesperson"$/);

  // Never: an entity with itself, the other Kovalenko (another given name), the organisation (another
  // kind), the anonymous source.
  const inPairs = new Set(found.flatMap(pairOf));
  expect(found.every((c) => c.a.id < c.b.id)).toBe(true);
  expect([...inPairs].sort()).toEqual([mykola, nikolai, nikolay, typo].sort());
});

test('kind, minScore and first narrow the list; the order is the same every time', async () => {
  const { ids, all } = await people();
  expect((await candidates(all, { minScore: 0.91 })).map(pairOf)).toEqual([sorted(ids.mykola, ids.nikolai)]);
  expect(await candidates(all, { kind: 'ORGANIZATION' })).toEqual([]);
  expect((await candidates(all, { kind: 'PERSON' })).length).toBe(6);
  const one = await server.query<{ duplicateCandidates: Candidate[] }>(CANDIDATES, { ids: [ids.nikolai], first: 1 });
  expect(one.duplicateCandidates.map(pairOf)).toEqual([sorted(ids.mykola, ids.nikolai)]);
  expect(await candidates(all)).toEqual(await candidates(all));
});

test('merged entities are no longer candidates; unmerged ones are again', async () => {
  const { ids, all } = await people();
  await server.query(`mutation { mergeEntities(keep: "${ids.mykola}", merge: "${ids.nikolai}") { id } }`);
  const after = await candidates(all);
  expect(after.flatMap(pairOf)).not.toContain(ids.nikolai);
  // Mykola now carries Nikolai's name as an alias; Nikolay still pairs with him.
  expect(after.map(pairOf)).toContainEqual(sorted(ids.mykola, ids.nikolay));
  // A merged id in `ids` stands for the entity it was merged into.
  const viaMergedId = await server.query<{ duplicateCandidates: Candidate[] }>(CANDIDATES, { ids: [ids.nikolai], first: 100 });
  expect(viaMergedId.duplicateCandidates.every((c) => c.a.id === ids.mykola || c.b.id === ids.mykola)).toBe(true);
  expect(viaMergedId.duplicateCandidates.length).toBeGreaterThan(0);

  await server.query(`mutation { unmergeEntities(mergedId: "${ids.nikolai}") { restored { id } } }`);
  expect((await candidates(all)).map(pairOf)).toContainEqual(sorted(ids.mykola, ids.nikolai));
});

test('a transliterated place name pairs with kind OTHER at a lower score', async () => {
  const word = uniqueWord('kyiv');
  const b = new BundleBuilder('dups-place');
  const kyiv = b.entity('kyiv', { kind: 'LOCATION', name: `Kyiv ${word}` });
  const kiev = b.entity('kiev', { kind: 'OTHER', name: `Kiev ${word}` });
  await b.ingest(server);
  const [c] = await candidates([kyiv, kiev]);
  expect(pairOf(c)).toEqual(sorted(kyiv, kiev));
  expect(c.score).toBe(0.81);
  expect(c.reasons.map((r) => r.code)).toEqual(['TRANSLITERATED_NAME', 'KIND_OTHER']);
});

test('bad arguments are BAD_USER_INPUT', async () => {
  for (const [variables, message] of [
    [{ minScore: 1.5 }, 'minScore: must be between 0 and 1; got 1.5'],
    [{ first: 101 }, 'first: must be between 0 and 100; got 101'],
    [{ ids: [] }, 'ids: is empty: leave it out to search the whole graph'],
  ] as const) {
    const r = await server.gql(CANDIDATES, variables);
    expect({ codes: errorCodes(r), message: r.errors?.[0].message }).toEqual({ codes: ['BAD_USER_INPUT'], message });
  }
});
