import fs from 'node:fs';
import { fixtureFiles, ingest, loadFixtureSet, prefixBundle, type FixtureSet } from '../support/fixtures';
import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/**
 * Provenance across documents (issue 3): independentOrigins, outlets, origins with the outlet relay
 * rule, and sameAsCluster, over the multi-document fixtures in tests/fixtures/bundles/. Each test
 * loads its own copy of a fixture set under a unique prefix.
 */
let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

interface Provenance {
  id: string;
  independentOrigins: number;
  origins: { id: string; speaker: { id: string } }[];
  outlets: { id: string; name: string }[];
  sameAsCluster: { id: string }[];
  firstReportedBy: { id: string } | null;
  attributions: { id: string; chain: { id: string }[] }[];
}

const PROVENANCE = `query Provenance($id: ID!) {
  claim(id: $id) {
    id independentOrigins
    origins { id speaker { id } }
    outlets { id name }
    sameAsCluster { id }
    firstReportedBy { id }
    attributions { id chain { id } }
  }
}`;

async function provenance(id: string): Promise<Provenance> {
  const data = await server.query<{ claim: Provenance | null }>(PROVENANCE, { id });
  expect(data.claim).not.toBeNull();
  return data.claim!;
}

/** The answer with fixture-local ids, so expectations read like the fixture files. */
async function localProvenance(f: FixtureSet, claim: string) {
  const p = await provenance(f.id(claim));
  return {
    independentOrigins: p.independentOrigins,
    origins: p.origins.map((o) => [f.local(o.id), f.local(o.speaker.id)]),
    outlets: p.outlets.map((o) => f.local(o.id)),
    sameAsCluster: p.sameAsCluster.map((c) => f.local(c.id)),
    firstReportedBy: p.firstReportedBy ? f.local(p.firstReportedBy.id) : null,
    chains: Object.fromEntries(p.attributions.map((a) => [f.local(a.id), a.chain.map((h) => f.local(h.id))])),
  };
}

const REOPENS = 'claim-mykolaiv-reopens-april';
const LEDGER_CLAIM = 'claim-mykolaiv-shipments-resume-next-month';
const VESTNIK_CLAIM = 'claim-grain-ships-leave-nikolaev-from-april';
const ALL_SEVEN_OUTLETS = ['black-sea-wire', 'danube-daily', 'kyiv-ledger', 'portside-journal', 'agrarian-times', 'meridian-herald', 'vestnik-yuga'];

describe('the Mykolaiv port story: one newspaper re-reported by six outlets', () => {
  let f: FixtureSet;
  beforeAll(async () => { f = await loadFixtureSet(server, 'mykolaiv-port'); });

  test('six outlets repeating the Herald\'s three senior officials: 1 independent origin, 7 outlets, for every claim of the SAME_AS cluster', async () => {
    for (const claim of [REOPENS, LEDGER_CLAIM, VESTNIK_CLAIM]) {
      const p = await localProvenance(f, claim);
      expect(p.independentOrigins).toBe(1);
      expect(p.origins).toEqual([['attr-officials-mykolaiv-reopens', 'three-senior-officials']]);
      expect(p.outlets).toEqual(ALL_SEVEN_OUTLETS); // name order: "Black Sea Wire" ... "Vestnik Yuga"
    }
  });

  test('chain stays VIA-only: "The Meridian Herald reported" ends at the Herald, origins look through it', async () => {
    const p = await localProvenance(f, REOPENS);
    expect(p.chains['attr-danube-herald-mykolaiv-reopens']).toEqual(['attr-danube-herald-mykolaiv-reopens']);
    expect(Object.keys(p.chains).sort()).toEqual([
      'attr-agrarian-herald-mykolaiv-reopens', 'attr-bsw-herald-mykolaiv-reopens', 'attr-danube-herald-mykolaiv-reopens',
      'attr-officials-mykolaiv-reopens', 'attr-portside-herald-mykolaiv-reopens',
    ]);
  });

  test('a re-report of a re-report (Agrarian Times says Black Sea Wire reported, which says Portside Journal reported) resolves to the official Portside cites', async () => {
    const p = await localProvenance(f, 'claim-turkish-insurer-first-ten-ships');
    expect(p.origins).toEqual([['attr-marchuk-turkish-insurer', 'olena-marchuk']]);
    expect(p.independentOrigins).toBe(1);
    expect(p.outlets).toEqual(['black-sea-wire', 'portside-journal', 'agrarian-times']);
    expect(p.chains['attr-agrarian-bsw-turkish-insurer']).toEqual(['attr-agrarian-bsw-turkish-insurer']);
  });

  test('sameAsCluster: the claim first, then SAME_AS claims in either direction, transitively; NARROWS is not SAME_AS', async () => {
    // Kyiv Ledger's claim -> REOPENS <- Vestnik Yuga's claim: the Ledger reaches Vestnik only by going out, then in.
    expect((await localProvenance(f, REOPENS)).sameAsCluster).toEqual([REOPENS, VESTNIK_CLAIM, LEDGER_CLAIM]);
    expect((await localProvenance(f, LEDGER_CLAIM)).sameAsCluster).toEqual([LEDGER_CLAIM, VESTNIK_CLAIM, REOPENS]);
    expect((await localProvenance(f, VESTNIK_CLAIM)).sameAsCluster).toEqual([VESTNIK_CLAIM, REOPENS, LEDGER_CLAIM]);
    const narrower = await localProvenance(f, 'claim-mykolaiv-five-ships-a-week');
    expect(narrower.sameAsCluster).toEqual(['claim-mykolaiv-five-ships-a-week']);
    expect(narrower.origins).toEqual([['attr-hrytsenko-five-ships', 'mykola-hrytsenko']]);
    expect(narrower.outlets).toEqual(['meridian-herald']);
  });

  test('a transliterated name is another speaker until someone merges the entities: Mykola Hrytsenko and Nikolai Gritsenko count 2', async () => {
    const p = await localProvenance(f, 'claim-mykolaiv-channel-dredged');
    expect(p.independentOrigins).toBe(2);
    expect(p.origins).toEqual([['attr-gritsenko-channel-dredged', 'nikolai-gritsenko'], ['attr-hrytsenko-channel-dredged', 'mykola-hrytsenko']]);
    expect(p.outlets).toEqual(['meridian-herald', 'vestnik-yuga']);
  });

  test('firstReportedBy keeps to the claim\'s own attributions (DESIGN.md): the flagged Herald for the original, the Ledger for its own wording', async () => {
    expect((await localProvenance(f, REOPENS)).firstReportedBy).toBe('meridian-herald');
    expect((await localProvenance(f, LEDGER_CLAIM)).firstReportedBy).toBe('kyiv-ledger');
  });

  test('provenance of many claims in one request costs the same number of queries as for one claim', async () => {
    const selection = 'independentOrigins origins { id speaker { id } } outlets { id } sameAsCluster { id }';
    const one = `query($a: ID!) { a: claim(id: $a) { ${selection} } }`;
    const three = `query($a: ID!, $b: ID!, $c: ID!) { a: claim(id: $a) { ${selection} } b: claim(id: $b) { ${selection} } c: claim(id: $c) { ${selection} } }`;
    const ids = { a: f.id(REOPENS), b: f.id('claim-turkish-insurer-first-ten-ships'), c: f.id('claim-mykolaiv-channel-dredged') };
    let before = server.db.queryCount;
    await server.query(one, { a: ids.a });
    const forOne = server.db.queryCount - before;
    before = server.db.queryCount;
    const data = await server.query(three, ids);
    expect(server.db.queryCount - before).toBe(forOne);
    expect([data.a.independentOrigins, data.b.independentOrigins, data.c.independentOrigins]).toEqual([1, 1, 2]);
  });
});

describe('the outlet relay rule at its edges', () => {
  test('outlets citing each other in a circle: every end relays, so the ends themselves are the origins', async () => {
    const f = await loadFixtureSet(server, 'circular-relay');
    const p = await localProvenance(f, 'claim-terminal-damaged-overnight');
    expect(p.origins).toEqual([['attr-estuary-gazette-terminal-damaged', 'harbour-gazette'], ['attr-gazette-estuary-terminal-damaged', 'estuary-news']]);
    expect(p.independentOrigins).toBe(2);
    expect(p.outlets).toEqual(['estuary-news', 'harbour-gazette']);
  });

  test('an outlet speaking in its own article is an origin; its live blog citing that article is a relay', async () => {
    const f = await loadFixtureSet(server, 'own-voice');
    const p = await localProvenance(f, 'claim-pilots-threaten-strike');
    expect(p.origins).toEqual([['attr-coastal-pilots-strike', 'coastal-review'], ['attr-other-outlets-pilots-strike', 'other-outlets']]);
    expect(p.independentOrigins).toBe(2);
    expect(p.outlets).toEqual(['coastal-review']);
  });

  test('a claim with no attributions: no origins, 0 independent origins, no outlets, a cluster of itself', async () => {
    const id = uniqueId('claim-unsaid');
    await ingest(server, { document: { id: `${id}-doc`, title: 'A document stating nothing', kind: 'OTHER' }, claims: [{ id, text: 'Nobody said this.' }] });
    const p = await provenance(id);
    expect([p.independentOrigins, p.origins, p.outlets, p.sameAsCluster.map((c) => c.id)]).toEqual([0, [], [], [id]]);
  });
});

describe('claims across bundles', () => {
  const files = fixtureFiles('mykolaiv-port');
  const read = (i: number, prefix: string) => prefixBundle(JSON.parse(fs.readFileSync(files[i], 'utf8')), prefix);

  test('a bundle may attribute a claim already in the graph by its id: no new claim, one more attribution of it', async () => {
    const f = await loadFixtureSet(server, 'mykolaiv-port', ['01-meridian-herald-2023-03-14.json']);
    const counts = await ingest(server, read(1, f.prefix));
    expect(counts.claims).toEqual({ created: 0, matched: 0 });
    expect(counts.attributions).toEqual({ created: 1, matched: 0 });
    const p = await localProvenance(f, REOPENS);
    expect(Object.keys(p.chains).sort()).toEqual(['attr-danube-herald-mykolaiv-reopens', 'attr-officials-mykolaiv-reopens']);
    expect(p.outlets).toEqual(['danube-daily', 'meridian-herald']);
    expect(p.origins).toEqual([['attr-officials-mykolaiv-reopens', 'three-senior-officials']]);
    const rows = await server.cypher('MATCH (c:Claim {id: $id}) RETURN c.text AS text', { id: f.id(REOPENS) });
    expect(rows).toEqual([{ text: 'The port of Mykolaiv will reopen to grain ships in April 2023 under a state-backed war-risk insurance scheme.' }]);
  });

  test('a reference to a claim that is neither in the bundle nor in the graph is BAD_USER_INPUT and writes nothing', async () => {
    const bundle = read(1, uniqueId('absent'));
    const r = await server.gql(`mutation($input: DocumentBundleInput!) { ingestDocument(input: $input) { document { id } } }`, { input: bundle });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toContain(bundle.attributions[0].claim);
    expect(await server.cypher('MATCH (d:Document {id: $id}) RETURN d', { id: bundle.document.id })).toEqual([]);
  });

  test('a bundle may bring its own wording of a claim and a SAME_AS relation to an existing one; replaying it adds nothing', async () => {
    const f = await loadFixtureSet(server, 'mykolaiv-port', ['01-meridian-herald-2023-03-14.json']);
    const ledger = read(5, f.prefix);
    expect(await ingest(server, ledger)).toMatchObject({ claims: { created: 1, matched: 0 }, relations: { created: 1, matched: 0 } });
    expect(await ingest(server, ledger)).toMatchObject({ claims: { created: 0, matched: 1 }, relations: { created: 0, matched: 1 } });
    const data = await server.query(`query($id: ID!) { claim(id: $id) { related { type direction claim { id } } } }`, { id: f.id(REOPENS) });
    expect(data.claim.related).toContainEqual({ type: 'SAME_AS', direction: 'INCOMING', claim: { id: f.id(LEDGER_CLAIM) } });
    const p = await localProvenance(f, LEDGER_CLAIM);
    expect(p.sameAsCluster).toEqual([LEDGER_CLAIM, REOPENS]);
    expect(p.origins).toEqual([['attr-officials-mykolaiv-reopens', 'three-senior-officials']]);
    expect(p.outlets).toEqual(['kyiv-ledger', 'meridian-herald']);
  });
});

describe('a claim with thousands of attributions and chains four hops deep', () => {
  // 400 documents, each published by one of 50 outlets and holding one chain of 5 attributions
  // (a reporter's statement, 3 relaying hops, an origin among 10 sources); chains alternate between
  // the claim and a SAME_AS rewording. An aggregator's page adds 100 "outlet N reported" attributions
  // with no via, which relay. 2100 attributions in one bundle, one ingestDocument.
  const CHAINS = 400, HOPS = 4, OUTLETS = 50, SOURCES = 10, RELAYS = 100;

  function bigBundle(p: string) {
    const entities = [
      { id: `${p}-agg`, name: `Aggregator ${p}`, kind: 'ORGANIZATION' },
      ...Array.from({ length: OUTLETS }, (_, i) => ({ id: `${p}-o${i}`, name: `Outlet ${i} ${p}`, kind: 'ORGANIZATION' })),
      ...Array.from({ length: SOURCES }, (_, i) => ({ id: `${p}-s${i}`, name: `Source ${i} ${p}`, kind: 'GROUP', anonymous: true })),
      ...Array.from({ length: HOPS }, (_, i) => ({ id: `${p}-m${i}`, name: `Intermediary ${i} ${p}`, kind: 'PERSON' })),
    ];
    const documents = Array.from({ length: CHAINS }, (_, i) => ({ id: `${p}-d${i}`, title: `Article ${i}`, kind: 'NEWS_ARTICLE', publisher: `${p}-o${i % OUTLETS}` }));
    const attributions: Record<string, unknown>[] = [];
    for (let i = 0; i < CHAINS; i += 1) {
      for (let j = 0; j <= HOPS; j += 1) {
        attributions.push({
          id: `${p}-a${i}.${j}`, claim: i % 2 ? `${p}-c2` : `${p}-c`, document: `${p}-d${i}`, mode: 'PARAPHRASE', stance: 'ASSERTS',
          speaker: j === HOPS ? `${p}-s${i % SOURCES}` : `${p}-m${j}`, via: j < HOPS ? `${p}-a${i}.${j + 1}` : null,
        });
      }
    }
    for (let k = 0; k < RELAYS; k += 1) {
      attributions.push({ id: `${p}-r${k}`, claim: `${p}-c`, speaker: `${p}-o${k % OUTLETS}`, mode: 'REPORTED', stance: 'ASSERTS', cue: 'reported' });
    }
    return {
      document: { id: `${p}-agg-page`, title: 'What everyone is reporting', kind: 'NEWS_ARTICLE', publisher: `${p}-agg` },
      documents, entities, attributions,
      claims: [{ id: `${p}-c`, text: `A much repeated claim ${p}.` }, { id: `${p}-c2`, text: `The much repeated claim in other words ${p}.` }],
      relations: [{ from: `${p}-c2`, type: 'SAME_AS', to: `${p}-c` }],
    };
  }

  test('2100 attributions, 4-hop chains: exact origins, independent origins, outlets and chains', async () => {
    const p = uniqueId('big');
    const bundle = bigBundle(p);
    expect(JSON.stringify(bundle).length).toBeLessThan(1_000_000); // the HTTP body limit
    expect((await ingest(server, bundle)).attributions).toEqual({ created: CHAINS * (HOPS + 1) + RELAYS, matched: 0 });

    const data = await server.query(`query($id: ID!) { claim(id: $id) {
      independentOrigins origins { id speaker { id } } outlets { id } sameAsCluster { id }
      attributions { id chain { id } } } }`, { id: `${p}-c` });
    const c = data.claim;
    expect(c.independentOrigins).toBe(SOURCES);
    expect(c.origins).toHaveLength(CHAINS);
    expect(new Set(c.origins.map((o: { id: string }) => o.id))).toEqual(new Set(Array.from({ length: CHAINS }, (_, i) => `${p}-a${i}.${HOPS}`)));
    expect(new Set(c.origins.map((o: { speaker: { id: string } }) => o.speaker.id)).size).toBe(SOURCES);
    expect(c.outlets).toHaveLength(OUTLETS + 1);
    expect(c.outlets.map((o: { id: string }) => o.id)).toContain(`${p}-agg`);
    expect(c.sameAsCluster.map((x: { id: string }) => x.id)).toEqual([`${p}-c`, `${p}-c2`]);
    expect(c.attributions).toHaveLength((CHAINS / 2) * (HOPS + 1) + RELAYS);
    const chain = c.attributions.find((a: { id: string }) => a.id === `${p}-a0.0`).chain.map((h: { id: string }) => h.id);
    expect(chain).toEqual([0, 1, 2, 3, 4].map((j) => `${p}-a0.${j}`));
    const relay = c.attributions.find((a: { id: string }) => a.id === `${p}-r0`).chain.map((h: { id: string }) => h.id);
    expect(relay).toEqual([`${p}-r0`]);
  });
});
