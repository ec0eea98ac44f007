import { BundleBuilder, errorCodes, uniqueWord, walkPages, type PageOf } from '../support/bundles';
import { startTestServer, type TestServer } from '../support/testServer';

/**
 * Query.claims: filters combine (AND, the attribution fields on one and the same attribution), and
 * keyset pagination stays exact while claims and attributions are inserted between and during page
 * requests: nothing is returned twice, nothing that existed is skipped, totalCount holds still.
 */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const PAGE = `query($filter: ClaimFilter, $first: Int, $after: String) {
  claims(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
  }
}`;

type Page = PageOf<{ id: string }>;

async function page(filter: Record<string, unknown>, first: number, after: string | null): Promise<Page> {
  const data = await server.query<{ claims: Page }>(PAGE, { filter, first, after });
  return data.claims;
}

const day = (n: number) => new Date(Date.UTC(2032, 0, 1) + n * 86_400_000).toISOString();

describe('paging while claims are inserted', () => {
  test('no claim twice, none of the existing skipped, totalCount steady; a fresh request sees the new ones', async () => {
    // Ten claims about X said by S, one a day (two share a day: the id breaks the tie), and decoys.
    const b = new BundleBuilder('page-concurrency', { publishedAt: '2031-01-01T00:00:00Z' });
    const s = b.entity('speaker');
    const other = b.entity('other');
    const x = b.entity('subject', { kind: 'COUNTRY' });
    const existing: { id: string; at: string }[] = [];
    for (let i = 0; i < 10; i += 1) {
      const at = day(i === 9 ? 8 : i);
      const id = b.claim(`claim-${i}`, undefined, [x]);
      b.attribution({ claim: id, speaker: s, statedAt: at });
      existing.push({ id, at });
    }
    const aboutXByOther = b.claim('by-other', undefined, [x]);
    b.attribution({ claim: aboutXByOther, speaker: other, statedAt: day(3) });
    b.attribution({ claim: b.claim('not-about-x'), speaker: s, statedAt: day(4) });
    await b.ingest(server);

    const filter = { saidBy: [s], about: [x] };
    const expected = [...existing].sort((p, q) => q.at.localeCompare(p.at) || p.id.localeCompare(q.id)).map((c) => c.id);
    const atOf = new Map(existing.map((c) => [c.id, c.at]));
    const seen: string[] = [];
    let newClaims = 0;
    let round = 0;

    /** Claims matching the filter, newer and older than the cursor, plus a new statement of an old claim. */
    async function insertAround(cursorAt: string, existingClaim: string): Promise<void> {
      round += 1;
      const more = new BundleBuilder(`page-insert-${round}`, { publishedAt: '2031-01-01T00:00:00Z' });
      more.attribution({ claim: more.claim('newer', undefined, [x]), speaker: s, statedAt: day(100 + round) });
      const justOlder = new Date(Date.parse(cursorAt) - 3_600_000).toISOString();
      more.attribution({ claim: more.claim('just-older', undefined, [x]), speaker: s, statedAt: justOlder });
      more.attribution({ claim: more.claim('oldest', undefined, [x]), speaker: s, statedAt: day(-50) });
      newClaims += 3;
      // A new statement of an existing claim still ahead of the cursor makes it the newest of all:
      // read without a snapshot, it would jump in front of the cursor and be skipped.
      more.attribution({ claim: existingClaim, speaker: s, statedAt: day(200 + round) });
      if (round === 1) {
        // A claim about X said only by someone else starts to match.
        more.attribution({ claim: aboutXByOther, speaker: s, statedAt: day(300) });
        newClaims += 1;
      }
      await more.ingest(server);
    }

    const { nodes, pages } = await walkPages<{ id: string }>(async (after) => {
      let next: Page;
      if (after === null) {
        next = await page(filter, 3, null);
      } else {
        const last = seen.at(-1)!;
        const ahead = expected[expected.indexOf(last) + 1];
        // Inserts between two page requests, then during the request for the next page.
        await insertAround(atOf.get(last)!, ahead);
        [next] = await Promise.all([page(filter, 3, after), insertAround(atOf.get(last)!, expected.at(-1)!)]);
      }
      seen.push(...next.edges.map((e) => e.node.id));
      return next;
    }, 3);

    const ids = nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expected);
    expect(pages.map((p) => p.totalCount)).toEqual([10, 10, 10, 10]);
    expect(round).toBe(6);

    // A new request (no cursor) sees everything inserted meanwhile, newest statement first.
    const fresh = await page(filter, 100, null);
    expect(newClaims).toBe(19);
    expect(fresh.totalCount).toBe(10 + newClaims);
    const freshIds = fresh.edges.map((e) => e.node.id);
    expect(new Set(freshIds).size).toBe(29);
    expect(freshIds[0]).toBe(aboutXByOther);
    expect(freshIds[1]).toBe(expected.at(-1));
    expect(freshIds).toEqual(expect.arrayContaining(expected));
  });

  test('a cursor must be one this API issued for claims', async () => {
    const foreign = Buffer.from(JSON.stringify([1, 'x'])).toString('base64url');
    const r = await server.gql(PAGE, { filter: {}, first: 1, after: foreign });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions.problems[0].path).toBe('after');
  });
});

describe('filters combine', () => {
  test('every filter at once: each decoy fails exactly one, and the attribution fields must meet in one attribution', async () => {
    const word = uniqueWord('combo');
    const b = new BundleBuilder('claims-combined', { publishedAt: '2032-06-01T00:00:00Z' });
    const doc2 = b.document('doc2', { publishedAt: '2032-06-01T00:00:00Z' });
    const s = b.entity('s', { anonymous: true, description: 'a source familiar with the matter' });
    const t = b.entity('t', { anonymous: true, description: 'another anonymous source' });
    const named = b.entity('named');
    const x = b.entity('x', { kind: 'COUNTRY' });
    const y = b.entity('y', { kind: 'COUNTRY' });
    const filter = {
      saidBy: [s, named], about: [x], documentId: b.documentId, mode: 'PARAPHRASE', stance: 'ASSERTS',
      anonymousSpeaker: true, statedAfter: '2032-05-01T00:00:00Z', statedBefore: '2032-05-10T00:00:00Z', text: word.toUpperCase(),
    };
    const good = { speaker: s, mode: 'PARAPHRASE' as const, stance: 'ASSERTS' as const, statedAt: '2032-05-02T00:00:00Z' };
    const claim = (local: string, about = [x], text = `${local} mentions ${word}.`) => b.claim(local, text, about);

    const match1 = claim('match-1');
    b.attribution({ claim: match1, ...good, statedAt: '2032-05-04T00:00:00Z' });
    // Matches through its earlier attribution only: the later, non-matching one must not order it.
    const match2 = claim('match-2');
    b.attribution({ claim: match2, ...good, mode: 'REPORTED', statedAt: '2032-05-08T00:00:00Z' });
    b.attribution({ claim: match2, ...good, statedAt: '2032-05-03T00:00:00Z' });

    b.attribution({ claim: claim('wrong-speaker'), ...good, speaker: t });
    b.attribution({ claim: claim('wrong-about', [y]), ...good });
    b.attribution({ claim: claim('wrong-document'), ...good, document: doc2 });
    b.attribution({ claim: claim('wrong-mode'), ...good, mode: 'DIRECT_QUOTE', quote: 'the words' });
    b.attribution({ claim: claim('wrong-stance'), ...good, stance: 'DENIES' });
    b.attribution({ claim: claim('named-speaker'), ...good, speaker: named });
    b.attribution({ claim: claim('too-early'), ...good, statedAt: '2032-04-30T23:59:59Z' });
    b.attribution({ claim: claim('too-late'), ...good, statedAt: '2032-05-10T00:00:00Z' });
    b.attribution({ claim: claim('wrong-text', [x], 'Says nothing of the word.'), ...good });
    // Every field is met by one attribution or the other, but no single attribution meets them all.
    const split = claim('split');
    b.attribution({ claim: split, ...good, speaker: t });
    b.attribution({ claim: split, ...good, stance: 'QUESTIONS' });
    await b.ingest(server);

    const all = await page(filter, 100, null);
    expect(all.edges.map((e) => e.node.id)).toEqual([match1, match2]);
    expect(all.totalCount).toBe(2);

    // Dropping one filter lets exactly its decoy in.
    const without = async (field: keyof typeof filter) => {
      const rest: Record<string, unknown> = { ...filter };
      delete rest[field];
      return (await page(rest, 100, null)).edges.map((e) => e.node.id).sort();
    };
    // The split claim's first attribution meets everything but saidBy, its second all but stance.
    expect(await without('saidBy')).toEqual([match1, match2, b.id('wrong-speaker'), split].sort());
    expect(await without('stance')).toEqual([match1, match2, b.id('wrong-stance'), split].sort());
    expect(await without('documentId')).toEqual([match1, match2, b.id('wrong-document')].sort());
    expect(await without('anonymousSpeaker')).toEqual([match1, match2, b.id('named-speaker')].sort());
    expect(await without('text')).toEqual([match1, match2, b.id('wrong-text')].sort());
  });
});
