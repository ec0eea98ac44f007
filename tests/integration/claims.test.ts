import { BundleBuilder, errorCodes, uniqueWord, walkPages } from '../support/bundles';
import { startTestServer, type TestServer } from '../support/testServer';

/** Query.claim, Query.claims with ClaimFilter, newest-first ordering, keyset pagination, batching. */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

interface ClaimFilter {
  saidBy?: string[];
  about?: string[];
  documentId?: string;
  mode?: string;
  stance?: string;
  anonymousSpeaker?: boolean;
  statedAfter?: string;
  statedBefore?: string;
  text?: string;
}

const CLAIM_NODE = `id text about { id }
  attributions { id mode stance statedAt speaker { id anonymous } document { id publishedAt } }`;

/** Every claim matching the filter, walking all pages of 100, in the API's order. */
async function allClaims(filter: ClaimFilter): Promise<any[]> {
  const { nodes } = await walkPages<any>(async (after) => {
    const data = await server.query(`query($filter: ClaimFilter, $after: String) { claims(filter: $filter, first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${CLAIM_NODE} } } } }`, { filter, after });
    return data.claims;
  }, 100);
  return nodes;
}

const timeOf = (a: any): number | null => {
  const t = a.statedAt ?? a.document.publishedAt;
  return t ? Date.parse(t) : null;
};

/** The contract's filter semantics, independently: the attribution fields must hold for one attribution. */
function attributionMatches(a: any, f: ClaimFilter): boolean {
  const at = timeOf(a);
  return (!f.saidBy || f.saidBy.includes(a.speaker.id))
    && (!f.documentId || a.document.id === f.documentId)
    && (!f.mode || a.mode === f.mode)
    && (!f.stance || a.stance === f.stance)
    && (f.anonymousSpeaker === undefined || a.speaker.anonymous === f.anonymousSpeaker)
    && (!f.statedAfter || (at !== null && at >= Date.parse(f.statedAfter)))
    && (!f.statedBefore || (at !== null && at < Date.parse(f.statedBefore)));
}
const attributionFiltered = (f: ClaimFilter) =>
  Boolean(f.saidBy || f.documentId || f.mode || f.stance || f.anonymousSpeaker !== undefined || f.statedAfter || f.statedBefore);

function claimMatches(c: any, f: ClaimFilter): boolean {
  if (f.text && !c.text.toLowerCase().includes(f.text.toLowerCase())) return false;
  if (f.about && !c.about.some((e: any) => f.about!.includes(e.id))) return false;
  return !attributionFiltered(f) || c.attributions.some((a: any) => attributionMatches(a, f));
}

/** The time that orders a claim under a filter: its newest matching statement (null: never stated). */
function sortTime(c: any, f: ClaimFilter): number | null {
  const times = c.attributions.filter((a: any) => attributionMatches(a, f)).map(timeOf).filter((t: number | null) => t !== null);
  return times.length ? Math.max(...times) : null;
}

/** Every claim returned satisfies the filter, and the order is newest first, undated last, then id. */
function expectFilteredAndOrdered(claims: any[], f: ClaimFilter): void {
  for (const c of claims) {
    if (!claimMatches(c, f)) throw new Error(`claim ${c.id} does not match ${JSON.stringify(f)}: ${JSON.stringify(c)}`);
  }
  const ids = claims.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (let i = 1; i < claims.length; i += 1) {
    const [p, q] = [sortTime(claims[i - 1], f), sortTime(claims[i], f)];
    const ok = p === q ? claims[i - 1].id < claims[i].id : q === null || (p !== null && q < p);
    if (!ok) throw new Error(`out of order under ${JSON.stringify(f)}: ${claims[i - 1].id} (${p}) before ${claims[i].id} (${q})`);
  }
}

/**
 * A bundle designed so every filter field selects a different subset of its claims:
 *   V: A PARAPHRASE ASSERTS, stated 2040-04-01, in D
 *   X: A PARAPHRASE ASSERTS 2040-03-01 in D;  B DIRECT_QUOTE DENIES 2040-05-01 in E     about S1
 *   Y: N (anonymous) REPORTED QUESTIONS, undated, in D (D is published 2040-06-01)      about S2
 *   Z: A DIRECT_QUOTE ACKNOWLEDGES in U (undated document);  N PARAPHRASE ASSERTS 2039-12-31 in E   about S1, S2
 *   W: never stated
 */
async function scenario() {
  const word = uniqueWord('flt');
  const b = new BundleBuilder('filters', { publishedAt: '2040-06-01T00:00:00Z', kind: 'NEWS_ARTICLE' });
  const D = b.documentId;
  const E = b.document('e', { publishedAt: '2040-01-01T00:00:00Z', kind: 'OFFICIAL_STATEMENT' });
  const U = b.document('u', { publishedAt: null, kind: 'SOCIAL_MEDIA_POST' });
  const A = b.entity('a');
  const B = b.entity('b');
  const N = b.entity('n', { kind: 'GROUP', anonymous: true, description: 'officials who asked not to be named' });
  const S1 = b.entity('s1', { kind: 'COUNTRY' });
  const S2 = b.entity('s2', { kind: 'COUNTRY' });
  const V = b.claim('v', `Claim V ${word} about nothing in particular.`);
  const X = b.claim('x', `Claim X ${word} alpha.`, [S1]);
  const Y = b.claim('y', `Claim Y ${word} beta.`, [S2]);
  const Z = b.claim('z', `Claim Z ${word} GAMMA.`, [S1, S2]);
  const W = b.claim('w', `Claim W ${word} never stated.`);
  b.attribution({ local: 'v-a', claim: V, speaker: A, mode: 'PARAPHRASE', stance: 'ASSERTS', statedAt: '2040-04-01T00:00:00Z' });
  b.attribution({ local: 'x-a', claim: X, speaker: A, mode: 'PARAPHRASE', stance: 'ASSERTS', statedAt: '2040-03-01T00:00:00Z' });
  b.attribution({ local: 'x-b', claim: X, speaker: B, mode: 'DIRECT_QUOTE', stance: 'DENIES', statedAt: '2040-05-01T00:00:00Z', document: E });
  b.attribution({ local: 'y-n', claim: Y, speaker: N, mode: 'REPORTED', stance: 'QUESTIONS' });
  b.attribution({ local: 'z-a', claim: Z, speaker: A, mode: 'DIRECT_QUOTE', stance: 'ACKNOWLEDGES', document: U });
  b.attribution({ local: 'z-n', claim: Z, speaker: N, mode: 'PARAPHRASE', stance: 'ASSERTS', statedAt: '2039-12-31T00:00:00Z', document: E });
  await b.ingest(server);
  const mine = new Set([V, X, Y, Z, W]);
  /**
   * Runs the filter and returns this scenario's claims in the API's order. Scoped to the scenario by
   * its unique word (all pages), and alone (the first page of 100 over the whole graph): every claim
   * of both is checked against the oracle, order included.
   */
  const run = async (f: ClaimFilter): Promise<string[]> => {
    const scoped = await allClaims(f.text ? f : { ...f, text: word });
    expectFilteredAndOrdered(scoped, f.text ? f : { ...f, text: word });
    const mineInOrder = scoped.map((c) => c.id).filter((id) => mine.has(id));
    if (!f.text) {
      const alone = await server.query(`query($filter: ClaimFilter) { claims(filter: $filter, first: 100) {
        totalCount edges { node { ${CLAIM_NODE} } } } }`, { filter: f });
      expectFilteredAndOrdered(alone.claims.edges.map((e: any) => e.node), f);
      expect(alone.claims.totalCount).toBeGreaterThanOrEqual(mineInOrder.length);
    }
    return mineInOrder;
  };
  return { b, word, D, E, U, A, B, N, S1, S2, V, X, Y, Z, W, run };
}

describe('claim(id:)', () => {
  test('returns text, about (name order), attributions (newest first) and distinct speakers (name order)', async () => {
    const b = new BundleBuilder('claim-fields', { publishedAt: '2041-02-01T00:00:00Z' });
    const early = b.document('early', { publishedAt: '2041-01-01T00:00:00Z' });
    const zed = b.entity('zed', { name: `${b.prefix} Zed` });
    const amy = b.entity('amy', { name: `${b.prefix} Amy` });
    const place = b.entity('place', { kind: 'LOCATION', name: `${b.prefix} Berlin` });
    b.uses('iran');
    const c = b.claim('c', 'A claim with two speakers and three statements.', [zed, place, 'iran']);
    const a1 = b.attribution({ local: 'a1', claim: c, speaker: zed, document: early });
    const a2 = b.attribution({ local: 'a2', claim: c, speaker: amy, statedAt: '2041-01-15T00:00:00Z' });
    const a3 = b.attribution({ local: 'a3', claim: c, speaker: zed, mode: 'DIRECT_QUOTE', quote: 'we said it' });
    await b.ingest(server);

    const data = await server.query(`query($id: ID!) { claim(id: $id) { id text
      about { id name kind } attributions { id } speakers { id name } } }`, { id: c });
    expect(data.claim).toEqual({
      id: c,
      text: 'A claim with two speakers and three statements.',
      about: [
        { id: place, name: `${b.prefix} Berlin`, kind: 'LOCATION' },
        { id: 'iran', name: 'Iran', kind: 'COUNTRY' },
        { id: zed, name: `${b.prefix} Zed`, kind: 'PERSON' },
      ].sort((x, y) => (x.name < y.name ? -1 : 1)),
      attributions: [{ id: a3 }, { id: a2 }, { id: a1 }],
      speakers: [{ id: amy, name: `${b.prefix} Amy` }, { id: zed, name: `${b.prefix} Zed` }],
    });
  });

  test('an unknown id answers null; a claim nobody stated has empty lists and no first reporter', async () => {
    const b = new BundleBuilder('claim-empty');
    const c = b.claim('lonely', 'Nobody said this.');
    await b.ingest(server);
    const data = await server.query(`query($id: ID!) {
      missing: claim(id: "t-no-such-claim") { id }
      lonely: claim(id: $id) { id about { id } attributions { id } speakers { id } origins { id } firstReportedBy { id } related { type } } }`, { id: c });
    expect(data).toEqual({
      missing: null,
      lonely: { id: c, about: [], attributions: [], speakers: [], origins: [], firstReportedBy: null, related: [] },
    });
  });
});

describe('ClaimFilter, one field at a time', () => {
  test('saidBy: claims said by any of the listed entities', async () => {
    const s = await scenario();
    expect(await s.run({ saidBy: [s.A] })).toEqual([s.V, s.X, s.Z]); // ordered by A's own statements; Z's is undated
    expect(await s.run({ saidBy: [s.B] })).toEqual([s.X]);
    expect(await s.run({ saidBy: [s.B, s.N] })).toEqual([s.Y, s.X, s.Z]);
    expect(await s.run({ saidBy: ['t-nobody-at-all'] })).toEqual([]);
  });

  test('about: claims about any of the listed entities', async () => {
    const s = await scenario();
    expect(await s.run({ about: [s.S1] })).toEqual([s.X, s.Z]);
    expect(await s.run({ about: [s.S2] })).toEqual([s.Y, s.Z]);
    expect(await s.run({ about: [s.S1, s.S2] })).toEqual([s.Y, s.X, s.Z]);
  });

  test('documentId: claims recorded in that document', async () => {
    const s = await scenario();
    expect(await s.run({ documentId: s.D })).toEqual([s.Y, s.V, s.X]);
    expect(await s.run({ documentId: s.E })).toEqual([s.X, s.Z]);
    expect(await s.run({ documentId: s.U })).toEqual([s.Z]);
  });

  test('mode and stance', async () => {
    const s = await scenario();
    expect(await s.run({ mode: 'DIRECT_QUOTE' })).toEqual([s.X, s.Z]);
    expect(await s.run({ mode: 'PARAPHRASE' })).toEqual([s.V, s.X, s.Z]);
    expect(await s.run({ mode: 'REPORTED' })).toEqual([s.Y]);
    expect(await s.run({ stance: 'DENIES' })).toEqual([s.X]);
    expect(await s.run({ stance: 'ACKNOWLEDGES' })).toEqual([s.Z]);
    expect(await s.run({ stance: 'QUESTIONS' })).toEqual([s.Y]);
    expect(await s.run({ stance: 'ASSERTS' })).toEqual([s.V, s.X, s.Z]);
  });

  test('anonymousSpeaker: true for unnamed sources, false for named ones', async () => {
    const s = await scenario();
    expect(await s.run({ anonymousSpeaker: true })).toEqual([s.Y, s.Z]);
    expect(await s.run({ anonymousSpeaker: false })).toEqual([s.X, s.V, s.Z]);
  });

  test('statedAfter (inclusive) and statedBefore (exclusive), on statedAt or else the document date', async () => {
    const s = await scenario();
    expect(await s.run({ statedAfter: '2040-04-01T00:00:00Z' })).toEqual([s.Y, s.X, s.V]); // V exactly at the bound
    expect(await s.run({ statedAfter: '2040-04-01T02:00:00+02:00' })).toEqual([s.Y, s.X, s.V]); // the same instant, another zone
    expect(await s.run({ statedAfter: '2040-05-15' })).toEqual([s.Y]); // Y only through D's publishedAt
    expect(await s.run({ statedBefore: '2040-03-01T00:00:00Z' })).toEqual([s.Z]); // X's 03-01 is not before 03-01
    expect(await s.run({ statedBefore: '2040-03-01T00:00:01Z' })).toEqual([s.X, s.Z]);
    expect(await s.run({ statedAfter: '2040-01-01', statedBefore: '2040-04-01T00:00:00Z' })).toEqual([s.X]);
  });

  test('text: a case-insensitive part of the claim text', async () => {
    const s = await scenario();
    expect(await s.run({ text: s.word.toUpperCase() })).toEqual([s.Y, s.X, s.V, s.Z, s.W]); // W never stated: last
    expect(await s.run({ text: `${s.word} gamma` })).toEqual([s.Z]);
    expect(await s.run({ text: `${s.word} delta` })).toEqual([]);
  });
});

describe('ClaimFilter, fields together: the attribution fields must hold for one and the same attribution', () => {
  test('saidBy A + DIRECT_QUOTE does not return a claim A paraphrased and B quoted', async () => {
    const b = new BundleBuilder('same-attr');
    const A = b.entity('a');
    const B = b.entity('b');
    const X = b.claim('x');
    b.attribution({ claim: X, speaker: A, mode: 'PARAPHRASE' });
    b.attribution({ claim: X, speaker: B, mode: 'DIRECT_QUOTE', quote: 'X is so' });
    await b.ingest(server);
    const ids = async (filter: ClaimFilter) =>
      (await server.query(`query($f: ClaimFilter) { claims(filter: $f) { totalCount edges { node { id } } } }`, { f: filter })).claims;
    expect(await ids({ saidBy: [A], mode: 'DIRECT_QUOTE' })).toEqual({ totalCount: 0, edges: [] });
    expect(await ids({ saidBy: [B], mode: 'PARAPHRASE' })).toEqual({ totalCount: 0, edges: [] });
    expect(await ids({ saidBy: [A], mode: 'PARAPHRASE' })).toEqual({ totalCount: 1, edges: [{ node: { id: X } }] });
    expect(await ids({ saidBy: [B], mode: 'DIRECT_QUOTE' })).toEqual({ totalCount: 1, edges: [{ node: { id: X } }] });
    expect(await ids({ saidBy: [A, B], mode: 'DIRECT_QUOTE' })).toEqual({ totalCount: 1, edges: [{ node: { id: X } }] });
  });

  test('combinations over the scenario bundle', async () => {
    const s = await scenario();
    expect(await s.run({ saidBy: [s.A], mode: 'DIRECT_QUOTE' })).toEqual([s.Z]);
    expect(await s.run({ saidBy: [s.B], stance: 'DENIES', documentId: s.E })).toEqual([s.X]);
    expect(await s.run({ saidBy: [s.B], documentId: s.D })).toEqual([]);
    expect(await s.run({ anonymousSpeaker: true, documentId: s.E })).toEqual([s.Z]);
    expect(await s.run({ anonymousSpeaker: true, mode: 'REPORTED' })).toEqual([s.Y]);
    expect(await s.run({ anonymousSpeaker: false, stance: 'QUESTIONS' })).toEqual([]);
    expect(await s.run({ saidBy: [s.A], statedAfter: '2040-01-01' })).toEqual([s.V, s.X]); // Z: A's statement is undated
    // One statement inside the window: X has statements on each side of it, none inside.
    expect(await s.run({ statedAfter: '2040-03-15', statedBefore: '2040-04-15' })).toEqual([s.V]);
    expect(await s.run({ about: [s.S1], saidBy: [s.N] })).toEqual([s.Z]);
    expect(await s.run({ about: [s.S1], anonymousSpeaker: true })).toEqual([s.Z]);
    expect(await s.run({ about: [s.S2], mode: 'DIRECT_QUOTE' })).toEqual([s.Z]);
    expect(await s.run({ text: 'ALPHA', saidBy: [s.A, s.B] })).toEqual([s.X]);
    expect(await s.run({ text: s.word, stance: 'ASSERTS' })).toEqual([s.V, s.X, s.Z]);
  });

  test('ordering: the newest matching statement decides, with the document date standing in for a missing statedAt', async () => {
    const s = await scenario();
    // Unfiltered: X's newest statement is B's (05-01), so X comes before V (04-01).
    expect(await s.run({ text: s.word })).toEqual([s.Y, s.X, s.V, s.Z, s.W]);
    // Only A's statements count: X (03-01) now comes after V (04-01); A's statement of Z is undated.
    expect(await s.run({ text: s.word, saidBy: [s.A] })).toEqual([s.V, s.X, s.Z]);
  });

  test('a merged id works in saidBy and about', async () => {
    const first = new BundleBuilder('merged-filter', { publishedAt: '2042-01-01T00:00:00Z' });
    const person = first.entity('person', { name: `${first.prefix} Dr. Ana-María Núñez` });
    const c1 = first.claim('c1', undefined, [person]);
    first.attribution({ claim: c1, speaker: person });
    await first.ingest(server);
    const second = new BundleBuilder('merged-filter-2', { publishedAt: '2042-02-01T00:00:00Z' });
    const alias = second.entity('ana', { name: `${first.prefix} dr ana maria nunez` });
    const c2 = second.claim('c2', undefined, [alias]);
    second.attribution({ claim: c2, speaker: alias });
    const result = await second.ingest(server);
    expect(result.resolvedEntities).toEqual([{ bundleId: alias, resolvedId: person, resolution: 'NAME' }]);
    const data = await server.query(`query($ids: [ID!]) {
      said: claims(filter: { saidBy: $ids }) { totalCount edges { node { id } } }
      about: claims(filter: { about: $ids }) { totalCount edges { node { id } } } }`, { ids: [alias] });
    expect(data.said.edges.map((e: any) => e.node.id)).toEqual([c2, c1]);
    expect(data.about.edges.map((e: any) => e.node.id)).toEqual([c2, c1]);
  });
});

describe('claims: errors', () => {
  test.each([
    ['first over 100', '{ claims(first: 101) { totalCount } }'],
    ['negative first', '{ claims(first: -5) { totalCount } }'],
    ['a garbage cursor', '{ claims(after: "definitely-not-a-cursor") { totalCount } }'],
    ['statedBefore not after statedAfter', '{ claims(filter: { statedAfter: "2022-11-21", statedBefore: "2022-11-20" }) { totalCount } }'],
  ])('%s is BAD_USER_INPUT', async (_, query) => {
    const r = await server.gql(query);
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  });

  test('a DateTime that is not a date is BAD_USER_INPUT', async () => {
    const r = await server.gql('query($t: DateTime) { claims(filter: { statedAfter: $t }) { totalCount } }', { t: 'next tuesday' });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('claims pagination', () => {
  test('walks every page with first: 2 (equal times ordered by id): no duplicates, no gaps, stable totalCount', async () => {
    const word = uniqueWord('pg');
    const b = new BundleBuilder('claim-pages', { publishedAt: '2043-01-01T00:00:00Z' });
    const speaker = b.entity('speaker');
    const ids: string[] = [];
    // Seven claims: three share one time (the document date), two share another, one is dated later, one never stated.
    for (let i = 0; i < 7; i += 1) ids.push(b.claim(`c${i}`, `Paged claim ${i} ${word}.`));
    b.attribution({ claim: ids[0], speaker });
    b.attribution({ claim: ids[1], speaker });
    b.attribution({ claim: ids[2], speaker });
    b.attribution({ claim: ids[3], speaker, statedAt: '2042-06-01T00:00:00Z' });
    b.attribution({ claim: ids[4], speaker, statedAt: '2042-06-01T00:00:00Z' });
    b.attribution({ claim: ids[5], speaker, statedAt: '2043-02-01T00:00:00Z' });
    await b.ingest(server);

    const { nodes, pages } = await walkPages<any>(async (after) => {
      const data = await server.query(`query($text: String, $after: String) { claims(filter: { text: $text }, first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`, { text: word, after });
      return data.claims;
    }, 2);
    expect(pages.map((p) => p.edges.length)).toEqual([2, 2, 2, 1]);
    expect(pages[0].totalCount).toBe(7);
    expect(nodes.map((n) => n.id)).toEqual([ids[5], ids[0], ids[1], ids[2], ids[3], ids[4], ids[6]]);
  });

  test('first defaults to 20', async () => {
    const word = uniqueWord('dflt');
    const b = new BundleBuilder('claim-default');
    const speaker = b.entity('speaker');
    for (let i = 0; i < 21; i += 1) b.attribution({ claim: b.claim(`c${i}`, `Default page ${word} ${i}.`), speaker });
    await b.ingest(server);
    const data = await server.query(`query($t: String) { claims(filter: { text: $t }) { totalCount pageInfo { hasNextPage } edges { node { id } } } }`, { t: word });
    expect(data.claims.totalCount).toBe(21);
    expect(data.claims.edges).toHaveLength(20);
    expect(data.claims.pageInfo.hasNextPage).toBe(true);
  });
});

describe('batching: one round trip per level, not per row', () => {
  test('claims with attributions { speaker document chain } costs the same number of Cypher queries for 2 claims and for 20', async () => {
    const b = new BundleBuilder('batching', { publishedAt: '2044-01-01T00:00:00Z' });
    const origin = b.document('origin', { kind: 'REPORT', publishedAt: '2043-12-01T00:00:00Z' });
    const speakers = [b.entity('s0'), b.entity('s1'), b.entity('s2', { anonymous: true, kind: 'GROUP' })];
    for (let i = 0; i < 20; i += 1) {
      const c = b.claim(`c${String(i).padStart(2, '0')}`);
      const root = b.attribution({ claim: c, speaker: speakers[i % 3], document: origin });
      const mid = b.attribution({ claim: c, speaker: speakers[(i + 1) % 3], via: root, basis: origin });
      b.attribution({ claim: c, speaker: speakers[(i + 2) % 3], via: mid, statedAt: `2044-01-${String(i + 2).padStart(2, '0')}T00:00:00Z` });
    }
    await b.ingest(server);

    const query = `query($doc: ID, $first: Int) { claims(filter: { documentId: $doc }, first: $first) { totalCount edges { node { id text
      attributions { id mode speaker { id name } document { id title publisher { id } }
        chain { id speaker { id name } document { id } } } } } } }`;
    const cost = async (first: number) => {
      const before = server.db.queryCount;
      const data = await server.query(query, { doc: b.documentId, first });
      const queries = server.db.queryCount - before;
      expect(data.claims.edges).toHaveLength(first);
      for (const e of data.claims.edges) {
        expect(e.node.attributions).toHaveLength(3);
        const relayed = e.node.attributions.find((a: any) => a.chain.length === 3);
        expect(relayed.chain.map((h: any) => h.document.id)).toEqual([b.documentId, b.documentId, origin]);
      }
      return queries;
    };
    const two = await cost(2);
    const twenty = await cost(20);
    expect(twenty).toBe(two);
    // page, attributions, speakers, documents, chains (+ at most one more entity and document batch)
    expect(two).toBeLessThanOrEqual(7);
  });
});
