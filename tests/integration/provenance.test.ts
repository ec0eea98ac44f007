import { BundleBuilder } from '../support/bundles';
import { startTestServer, type TestServer } from '../support/testServer';

/** Attribution (every field, via, basis, chain) and the provenance fields of Claim: origins, firstReportedBy, related. */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const ATTRIBUTION_FIELDS = `id mode stance cue quote statedAt firstReport
  claim { id text } speaker { id name } document { id title kind }
  via { id speaker { id } } basis { id title kind publishedAt }
  chain { id speaker { id } document { id } }`;

async function claim(id: string, selection: string): Promise<any> {
  const data = await server.query(`query($id: ID!) { claim(id: $id) { ${selection} } }`, { id });
  return data.claim;
}

describe('Attribution', () => {
  test('every field of a relayed direct quote: claim, speaker, document, mode, stance, cue, quote, statedAt, firstReport, via, basis, chain', async () => {
    const b = new BundleBuilder('attr-fields', { title: 'Morning briefing', kind: 'PRESS_CONFERENCE', publishedAt: '2045-03-01T09:00:00Z' });
    const report = b.document('report', { title: 'Annual threat report', kind: 'REPORT', publishedAt: '2045-01-15T00:00:00Z' });
    const minister = b.entity('minister', { name: `${b.prefix} Minister` });
    const agency = b.entity('agency', { name: `${b.prefix} Agency`, kind: 'ORGANIZATION' });
    const c = b.claim('c', 'The bridge was closed for repairs.');
    const origin = b.attribution({ local: 'origin', claim: c, speaker: agency, document: report, mode: 'PARAPHRASE', stance: 'ASSERTS', cue: 'concluded' });
    const quoted = b.attribution({
      local: 'quoted', claim: c, speaker: minister, mode: 'DIRECT_QUOTE', stance: 'ACKNOWLEDGES', cue: 'told reporters',
      quote: 'yes, the bridge is closed', statedAt: '2045-03-01T08:30:00+02:00', firstReport: true, via: origin, basis: report,
    });
    await b.ingest(server);

    const got = await claim(c, `attributions { ${ATTRIBUTION_FIELDS} }`);
    expect(got.attributions).toEqual([
      {
        id: quoted,
        mode: 'DIRECT_QUOTE',
        stance: 'ACKNOWLEDGES',
        cue: 'told reporters',
        quote: 'yes, the bridge is closed',
        statedAt: '2045-03-01T06:30:00.000Z', // output is UTC
        firstReport: true,
        claim: { id: c, text: 'The bridge was closed for repairs.' },
        speaker: { id: minister, name: `${b.prefix} Minister` },
        document: { id: b.documentId, title: 'Morning briefing', kind: 'PRESS_CONFERENCE' },
        via: { id: origin, speaker: { id: agency } },
        basis: { id: report, title: 'Annual threat report', kind: 'REPORT', publishedAt: '2045-01-15T00:00:00.000Z' },
        chain: [
          { id: quoted, speaker: { id: minister }, document: { id: b.documentId } },
          { id: origin, speaker: { id: agency }, document: { id: report } },
        ],
      },
      {
        id: origin,
        mode: 'PARAPHRASE',
        stance: 'ASSERTS',
        cue: 'concluded',
        quote: null,
        statedAt: null,
        firstReport: false,
        claim: { id: c, text: 'The bridge was closed for repairs.' },
        speaker: { id: agency, name: `${b.prefix} Agency` },
        document: { id: report, title: 'Annual threat report', kind: 'REPORT' },
        via: null,
        basis: null,
        chain: [{ id: origin, speaker: { id: agency }, document: { id: report } }],
      },
    ]);
  });

  test('a chain spans bundles: this attribution, then each via hop, ending at the origin', async () => {
    const first = new BundleBuilder('chain-origin', { kind: 'INTELLIGENCE_ASSESSMENT', publishedAt: null });
    const country = first.entity('country', { kind: 'COUNTRY', anonymous: true, description: 'a country that watches' });
    const c = first.claim('c', 'A deal was struck.');
    const o = first.attribution({ local: 'o', claim: c, speaker: country });
    await first.ingest(server);

    const second = new BundleBuilder('chain-relay', { kind: 'NEWS_ARTICLE', publishedAt: '2045-05-01T00:00:00Z' });
    const source = second.entity('source', { anonymous: true, description: 'a source familiar with the assessment' });
    const outlet = second.entity('outlet', { kind: 'ORGANIZATION' });
    const m = second.attribution({ local: 'm', claim: c, speaker: source, via: o, basis: first.documentId });
    const t = second.attribution({ local: 't', claim: c, speaker: outlet, via: m, cue: 'according to' });
    await second.ingest(server);

    const got = await claim(c, `attributions { id via { id } chain { id via { id } speaker { id anonymous } document { id kind } } }`);
    const byId = new Map(got.attributions.map((a: any) => [a.id, a]));
    expect((byId.get(t) as any).chain).toEqual([
      { id: t, via: { id: m }, speaker: { id: outlet, anonymous: false }, document: { id: second.documentId, kind: 'NEWS_ARTICLE' } },
      { id: m, via: { id: o }, speaker: { id: source, anonymous: true }, document: { id: second.documentId, kind: 'NEWS_ARTICLE' } },
      { id: o, via: null, speaker: { id: country, anonymous: true }, document: { id: first.documentId, kind: 'INTELLIGENCE_ASSESSMENT' } },
    ]);
    expect((byId.get(m) as any).chain.map((a: any) => a.id)).toEqual([m, o]);
    expect((byId.get(o) as any).chain.map((a: any) => a.id)).toEqual([o]);
    expect((byId.get(t) as any).via).toEqual({ id: m });
  });

  test('attributions reached from an entity\'s statements and from a document resolve the same fields', async () => {
    const b = new BundleBuilder('attr-paths', { publishedAt: '2045-06-01T00:00:00Z' });
    const speaker = b.entity('speaker');
    const c = b.claim('c');
    const a = b.attribution({ local: 'a', claim: c, speaker, mode: 'REPORTED', stance: 'DENIES', cue: 'denied' });
    await b.ingest(server);
    const selection = 'id mode stance cue claim { id } speaker { id } document { id } chain { id }';
    const data = await server.query(`query($e: ID!, $d: ID!) {
      entity(id: $e) { statements { edges { node { ${selection} } } } }
      document(id: $d) { attributions { ${selection} } } }`, { e: speaker, d: b.documentId });
    const expected = { id: a, mode: 'REPORTED', stance: 'DENIES', cue: 'denied', claim: { id: c }, speaker: { id: speaker }, document: { id: b.documentId }, chain: [{ id: a }] };
    expect(data.entity.statements.edges).toEqual([{ node: expected }]);
    expect(data.document.attributions).toEqual([expected]);
  });
});

describe('Claim.origins', () => {
  test('the last element of each attribution\'s chain, without repeats', async () => {
    const b = new BundleBuilder('origins', { publishedAt: '2045-07-01T00:00:00Z' });
    const [s1, s2, s3, s4] = ['s1', 's2', 's3', 's4'].map((n) => b.entity(n));
    const c = b.claim('c');
    const root = b.attribution({ local: 'root', claim: c, speaker: s1 });
    const hop1 = b.attribution({ local: 'hop1', claim: c, speaker: s2, via: root });
    b.attribution({ local: 'hop2', claim: c, speaker: s3, via: hop1 });
    b.attribution({ local: 'hop3', claim: c, speaker: s3, via: root });
    const direct = b.attribution({ local: 'direct', claim: c, speaker: s4 });
    await b.ingest(server);

    const got = await claim(c, 'attributions { id } origins { id via { id } speaker { id } chain { id } }');
    expect(got.attributions).toHaveLength(5);
    expect(got.origins).toEqual([
      { id: direct, via: null, speaker: { id: s4 }, chain: [{ id: direct }] },
      { id: root, via: null, speaker: { id: s1 }, chain: [{ id: root }] },
    ].sort((x, y) => (x.id < y.id ? -1 : 1)));
  });

  test('seed: the claims of US officials and of the photo caption are their own origins', async () => {
    const got = await claim('claim-russia-received-hundreds-of-iranian-drones', 'origins { id speaker { id } }');
    expect(got.origins).toEqual([{ id: 'attr-us-officials-hundreds-of-drones', speaker: { id: 'us-officials' } }]);
    const caption = await claim('claim-kyiv-drone-parts-are-shahed-136', 'origins { id speaker { id } }');
    expect(caption.origins).toEqual([{ id: 'attr-ukrainian-authorities-kyiv-drone-parts', speaker: { id: 'ukrainian-authorities' } }]);
  });
});

describe('Claim.firstReportedBy', () => {
  /** A claim recorded in an early document (publisher P1), a later one (P2) and an undated one (P0). */
  function reported(label: string) {
    const b = new BundleBuilder(label, { publishedAt: '2046-02-01T00:00:00Z' });
    const p0 = b.entity('p0', { kind: 'ORGANIZATION', name: `${b.prefix} Undated Gazette` });
    const p1 = b.entity('p1', { kind: 'ORGANIZATION', name: `${b.prefix} Early Times` });
    const p2 = b.entity('p2', { kind: 'ORGANIZATION', name: `${b.prefix} Late Post` });
    b.input.document.publisher = p2;
    const early = b.document('early', { publishedAt: '2046-01-01T00:00:00Z', publisher: p1 });
    const undated = b.document('undated', { publishedAt: null, publisher: p0 });
    const speaker = b.entity('speaker');
    const c = b.claim('c');
    return { b, p0, p1, p2, early, undated, speaker, c };
  }

  test('the speaker of an attribution marked firstReport, even when an earlier document records the claim', async () => {
    const r = reported('first-flag');
    const scoop = r.b.entity('scoop', { kind: 'ORGANIZATION', name: `${r.b.prefix} Scoop Daily` });
    r.b.attribution({ claim: r.c, speaker: r.speaker, document: r.early });
    r.b.attribution({ claim: r.c, speaker: r.speaker, document: r.undated });
    r.b.attribution({ claim: r.c, speaker: scoop, mode: 'REPORTED', cue: 'first reported', firstReport: true });
    await r.b.ingest(server);
    expect((await claim(r.c, 'firstReportedBy { id name kind }')).firstReportedBy).toEqual({ id: scoop, name: `${r.b.prefix} Scoop Daily`, kind: 'ORGANIZATION' });
  });

  test('of several attributions marked firstReport, the earliest statement wins', async () => {
    const r = reported('first-flag-two');
    const later = r.b.entity('later', { kind: 'ORGANIZATION' });
    const earlier = r.b.entity('earlier', { kind: 'ORGANIZATION' });
    r.b.attribution({ claim: r.c, speaker: later, firstReport: true, statedAt: '2046-01-20T00:00:00Z' });
    r.b.attribution({ claim: r.c, speaker: earlier, firstReport: true, statedAt: '2046-01-10T00:00:00Z' });
    await r.b.ingest(server);
    expect((await claim(r.c, 'firstReportedBy { id }')).firstReportedBy).toEqual({ id: earlier });
  });

  test('without a firstReport flag: the publisher of the earliest-published document recording the claim (undated documents do not count)', async () => {
    const r = reported('first-fallback');
    r.b.attribution({ claim: r.c, speaker: r.speaker }); // main document, 2046-02-01, Late Post
    r.b.attribution({ claim: r.c, speaker: r.speaker, document: r.undated }); // undated, Undated Gazette
    r.b.attribution({ claim: r.c, speaker: r.speaker, document: r.early, statedAt: '2046-03-01T00:00:00Z' }); // 2046-01-01 document, Early Times
    await r.b.ingest(server);
    expect((await claim(r.c, 'firstReportedBy { id name }')).firstReportedBy).toEqual({ id: r.p1, name: `${r.b.prefix} Early Times` });
  });

  test('null when no attribution is flagged and no dated document with a publisher records the claim', async () => {
    const r = reported('first-none');
    r.b.attribution({ claim: r.c, speaker: r.speaker, document: r.undated });
    await r.b.ingest(server);
    expect((await claim(r.c, 'firstReportedBy { id }')).firstReportedBy).toBeNull();
  });

  test('seed: the publisher fallback gives CNN for the live blog and Reuters for the photo caption', async () => {
    const data = await server.query(`{
      a: claim(id: "claim-russia-received-hundreds-of-iranian-drones") { firstReportedBy { id name } }
      b: claim(id: "claim-kyiv-drone-parts-are-shahed-136") { firstReportedBy { id name } } }`);
    expect(data.a.firstReportedBy).toEqual({ id: 'cnn', name: 'CNN' });
    expect(data.b.firstReportedBy).toEqual({ id: 'reuters', name: 'Reuters' });
  });
});

describe('Claim.related', () => {
  test('relations in both directions, with the type and the claim at the other end', async () => {
    const b = new BundleBuilder('related');
    const [x, y, z, w, v] = ['x', 'y', 'z', 'w', 'v'].map((n) => b.claim(n, `Related claim ${n}.`));
    b.relation(x, 'SUPPORTS', y).relation(z, 'NARROWS', x).relation(x, 'CONTRADICTS', w).relation(v, 'SAME_AS', x);
    await b.ingest(server);
    // A later bundle relates one of its claims to x: relations may point into the graph.
    const later = new BundleBuilder('related-later');
    const u = later.claim('u', 'Related claim u.');
    later.relation(x, 'SUPPORTS', u).relation(u, 'CONTRADICTS', x);
    await later.ingest(server);

    const got = await claim(x, 'related { type direction claim { id text } }');
    const rel = (type: string, direction: string, id: string) => ({ type, direction, claim: { id, text: `Related claim ${id.split('-').pop()}.` } });
    expect(got.related).toHaveLength(6);
    expect(got.related).toEqual(expect.arrayContaining([
      rel('SUPPORTS', 'OUTGOING', y),
      rel('SUPPORTS', 'OUTGOING', u),
      rel('NARROWS', 'INCOMING', z),
      rel('CONTRADICTS', 'OUTGOING', w),
      rel('CONTRADICTS', 'INCOMING', u),
      rel('SAME_AS', 'INCOMING', v),
    ]));
    expect((await claim(y, 'related { type direction claim { id } }')).related).toEqual([{ type: 'SUPPORTS', direction: 'INCOMING', claim: { id: x } }]);
    expect((await claim(z, 'related { type direction claim { id } }')).related).toEqual([{ type: 'NARROWS', direction: 'OUTGOING', claim: { id: x } }]);
  });

  test('seed: "hundreds of drones" is narrowed by the minister\'s limited number and supports two other claims', async () => {
    const got = await claim('claim-russia-received-hundreds-of-iranian-drones', 'related { type direction claim { id attributions { speaker { id } } } }');
    const seed = got.related.filter((r: any) => !r.claim.id.startsWith('t-')).map((r: any) => `${r.type} ${r.direction} ${r.claim.id}`).sort();
    expect(seed).toEqual([
      'NARROWS INCOMING claim-iran-sent-limited-drones-before-invasion',
      'SUPPORTS OUTGOING claim-iran-helped-war-by-providing-drones',
      'SUPPORTS OUTGOING claim-russia-acquired-drones-from-iran-summer-2022',
    ]);
    const narrower = got.related.find((r: any) => r.type === 'NARROWS');
    expect(narrower.claim.attributions.map((a: any) => a.speaker.id).sort()).toEqual(['hossein-amirabdollahian', 'iran']);
  });
});
