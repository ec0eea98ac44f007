import { startTestServer, type TestServer } from '../support/testServer';

/**
 * The six questions of issue 2 §6, each answered by one GraphQL query on the seed dataset
 * (data/seed/cnn-2022-11-21-live.json, loaded by globalSetup). The seed is read-only here.
 */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const LIVE_BLOG = 'cnn-2022-11-21-live';
const LIVE_BLOG_PUBLISHED = '2022-11-21T12:00:00.000Z';
/** Ids created by tests start with "t-" (uniqueId); everything else comes from the seed. */
const isSeedId = (id: string) => !id.startsWith('t-');

test('Q1: who said Russia has received hundreds of drones from Iran? US officials, anonymous, affiliated with the United States, in the 2022-11-21 live update', async () => {
  const data = await server.query(`{
    claims(filter: { text: "hundreds of drones from Iran" }) {
      edges { node { id text
        attributions { mode stance cue quote
          speaker { id name kind anonymous description affiliations { role entity { id name kind } } }
          document { id title kind publishedAt publisher { id name } } } } }
    } }`);
  const claim = data.claims.edges.map((e: any) => e.node).find((c: any) => c.id === 'claim-russia-received-hundreds-of-iranian-drones');
  expect(claim).toBeDefined();
  expect(claim.text).toBe('Russia has obtained hundreds of drones from Iran.');
  expect(claim.attributions).toEqual([
    {
      mode: 'PARAPHRASE',
      stance: 'ASSERTS',
      cue: 'have said',
      quote: null,
      speaker: {
        id: 'us-officials',
        name: 'US officials',
        kind: 'GROUP',
        anonymous: true,
        description: 'US officials',
        affiliations: [{ role: 'officials', entity: { id: 'united-states', name: 'United States', kind: 'COUNTRY' } }],
      },
      document: {
        id: LIVE_BLOG,
        title: 'November 21, 2022 Russia-Ukraine news',
        kind: 'LIVE_BLOG',
        publishedAt: LIVE_BLOG_PUBLISHED,
        publisher: { id: 'cnn', name: 'CNN' },
      },
    },
  ]);
});

test('Q2: what did Hossein Amirabdollahian say, how, and in which role? A direct quote, ACKNOWLEDGES, as Foreign Minister of Iran', async () => {
  const data = await server.query(`{
    entities(filter: { name: "amir-abdollahian" }, first: 5) {
      edges { node { id name kind
        affiliations { role since until entity { id name } }
        statements(first: 100) { edges { node { id mode stance cue quote statedAt
          claim { id text } document { id kind } } } } } }
    } }`);
  const minister = data.entities.edges.map((e: any) => e.node).find((e: any) => e.id === 'hossein-amirabdollahian');
  expect(minister).toMatchObject({ name: 'Hossein Amirabdollahian', kind: 'PERSON' });
  expect(minister.affiliations).toContainEqual({ role: 'Foreign Minister', since: null, until: null, entity: { id: 'iran', name: 'Iran' } });
  const seedStatements = minister.statements.edges.map((e: any) => e.node).filter((a: any) => isSeedId(a.id));
  expect(seedStatements.map((a: any) => a.id).sort()).toEqual(['attr-amirabdollahian-limited-drones', 'attr-amirabdollahian-western-accusation']);
  expect(seedStatements.find((a: any) => a.id === 'attr-amirabdollahian-limited-drones')).toEqual({
    id: 'attr-amirabdollahian-limited-drones',
    mode: 'DIRECT_QUOTE',
    stance: 'ACKNOWLEDGES',
    cue: 'told reporters',
    quote: 'we did provide a limited number of drones to Russia in the months before the start of the war in Ukraine',
    statedAt: null,
    claim: {
      id: 'claim-iran-sent-limited-drones-before-invasion',
      text: 'Iran supplied Russia with a limited number of drones in the months before Russia’s invasion of Ukraine began.',
    },
    document: { id: LIVE_BLOG, kind: 'LIVE_BLOG' },
  });
  for (const a of seedStatements) expect(a.mode).toBe('DIRECT_QUOTE');
});

test('Q3: where does the drone-production agreement come from? A source familiar with the assessment, then the unnamed country; first reported by The Washington Post', async () => {
  const data = await server.query(`{
    claims(filter: { text: "agreed to begin producing attack drones" }) {
      edges { node { id text
        firstReportedBy { id name kind }
        origins { id speaker { id } }
        attributions { id mode cue firstReport
          speaker { id name }
          chain { id mode cue
            speaker { id name kind anonymous description }
            document { id kind publisher { id } }
            basis { id kind title } } } } }
    } }`);
  const claim = data.claims.edges.map((e: any) => e.node).find((c: any) => c.id === 'claim-iran-russia-drone-production-agreement');
  expect(claim.text).toBe('Iran and Russia agreed to begin producing attack drones in Russia.');
  expect(claim.firstReportedBy).toEqual({ id: 'washington-post', name: 'The Washington Post', kind: 'ORGANIZATION' });

  const viaSource = claim.attributions.find((a: any) => a.id === 'attr-source-drone-production-agreement');
  expect(viaSource.chain).toEqual([
    {
      id: 'attr-source-drone-production-agreement',
      mode: 'PARAPHRASE',
      cue: 'according to',
      speaker: { id: 'source-familiar-with-assessment', name: 'Source familiar with the assessment', kind: 'PERSON', anonymous: true, description: 'a source familiar with the assessment' },
      document: { id: LIVE_BLOG, kind: 'LIVE_BLOG', publisher: { id: 'cnn' } },
      basis: { id: 'assessment-iran-russia-drone-production', kind: 'INTELLIGENCE_ASSESSMENT', title: 'Intelligence assessment of Iran–Russia plans to produce attack drones in Russia' },
    },
    {
      id: 'attr-country-drone-production-agreement',
      mode: 'PARAPHRASE',
      cue: 'intelligence assessment',
      speaker: {
        id: 'country-monitoring-iran-weapons',
        name: 'Unnamed country monitoring Iran’s weapons program',
        kind: 'COUNTRY',
        anonymous: true,
        description: 'a country that closely monitors Iran’s weapons program',
      },
      document: { id: 'assessment-iran-russia-drone-production', kind: 'INTELLIGENCE_ASSESSMENT', publisher: { id: 'country-monitoring-iran-weapons' } },
      basis: null,
    },
  ]);
  const last = viaSource.chain.at(-1);
  expect(last.speaker.kind).toBe('COUNTRY');
  expect(viaSource.chain.every((a: any) => a.speaker.anonymous)).toBe(true);

  const post = claim.attributions.find((a: any) => a.id === 'attr-washington-post-drone-production-agreement');
  expect(post).toMatchObject({ mode: 'REPORTED', cue: 'first reported', firstReport: true, speaker: { id: 'washington-post', name: 'The Washington Post' } });
  expect(claim.origins.map((o: any) => o.id).sort()).toEqual(['attr-country-drone-production-agreement', 'attr-washington-post-drone-production-agreement']);
});

test('Q4: everything anonymous speakers said, newest first', async () => {
  const data = await server.query(`{
    claims(filter: { anonymousSpeaker: true }, first: 100) {
      totalCount
      pageInfo { hasNextPage }
      edges { node { id text
        attributions { statedAt speaker { id name anonymous } document { id publishedAt } } } }
    } }`);
  const claims = data.claims.edges.map((e: any) => e.node);
  expect(data.claims.totalCount).toBeGreaterThanOrEqual(14);
  // Every claim has an anonymous speaker; its position is the newest statement by an anonymous speaker.
  const times = claims.map((c: any) => {
    const anonymous = c.attributions.filter((a: any) => a.speaker.anonymous);
    expect(anonymous.length).toBeGreaterThan(0);
    const at = anonymous.map((a: any) => a.statedAt ?? a.document.publishedAt).filter(Boolean).map((t: string) => Date.parse(t));
    return at.length ? Math.max(...at) : null;
  });
  for (let i = 1; i < times.length; i += 1) {
    const [prev, cur] = [times[i - 1], times[i]];
    if (prev === null) expect(cur).toBeNull(); // undated come last
    else if (cur !== null) expect(cur).toBeLessThanOrEqual(prev);
  }
  if (!data.claims.pageInfo.hasNextPage) {
    const seed = claims.filter((c: any) => isSeedId(c.id)).map((c: any) => c.id).sort();
    expect(seed).toEqual([
      'claim-concern-prompted-russian-manufacture-plan',
      'claim-drone-production-could-begin-within-months',
      'claim-drone-production-not-complicated',
      'claim-goal-thousands-of-drones-iranian-components',
      'claim-initial-drone-agreement-november-2022',
      'claim-iran-helped-war-by-providing-drones',
      'claim-iran-preparing-to-send-missiles-and-drones',
      'claim-iran-russia-drone-production-agreement',
      'claim-iran-transferring-drone-blueprints-components',
      'claim-iranian-drones-deadly-effect-in-ukraine',
      'claim-kyiv-drone-parts-are-shahed-136',
      'claim-russia-received-hundreds-of-iranian-drones',
      'claim-russian-made-drones-could-be-used-in-ukraine-2023',
      'claim-weapons-reports-caused-concern-in-iran',
    ]);
    // Named-only claims of the seed are not there.
    expect(seed).not.toContain('claim-iran-sent-limited-drones-before-invasion');
    expect(seed).not.toContain('claim-russia-acquired-drones-from-iran-summer-2022');
  }
  // The seed claims all date from the live blog (2022-11-21 12:00 UTC); equal times are in id order.
  const seedOrder = claims.filter((c: any) => isSeedId(c.id)).map((c: any) => c.id);
  expect(seedOrder).toEqual([...seedOrder].sort());
});

test('Q5: which claims are about the Shahed-136? Including the photo caption by Ukrainian authorities', async () => {
  const data = await server.query(`{
    entity(id: "shahed-136") { id name kind aliases description
      claimsAbout(first: 100) { totalCount edges { node { id text
        attributions { mode cue speaker { id name anonymous } document { id kind title publisher { name } authors { name } } } } } } } }`);
  expect(data.entity).toMatchObject({ id: 'shahed-136', name: 'Shahed-136', kind: 'WEAPON_SYSTEM', description: 'Iranian-made loitering munition (attack drone)' });
  expect(data.entity.aliases).toEqual(expect.arrayContaining(['Shahed 136', 'Geran-2']));
  const claims = data.entity.claimsAbout.edges.map((e: any) => e.node);
  expect(claims.filter((c: any) => isSeedId(c.id)).map((c: any) => c.id).sort()).toEqual([
    'claim-iranian-drones-are-loitering-munitions',
    'claim-iranian-drones-portable-hard-to-detect',
    'claim-iranian-drones-target-energy-infrastructure',
    'claim-kyiv-drone-parts-are-shahed-136',
  ]);
  const caption = claims.find((c: any) => c.id === 'claim-kyiv-drone-parts-are-shahed-136');
  expect(caption.text).toBe('The drone parts found in Kyiv after the Russian drone strike of October 17, 2022 come from an Iranian-made Shahed-136.');
  expect(caption.attributions).toEqual([
    {
      mode: 'PARAPHRASE',
      cue: 'consider',
      speaker: { id: 'ukrainian-authorities', name: 'Ukrainian authorities', anonymous: true },
      document: {
        id: 'cnn-2022-11-21-photo-kyiv-drone',
        kind: 'PHOTO_CAPTION',
        title: 'Photo caption: residents look at drone parts in Kyiv after the October 17 Russian drone strike',
        publisher: { name: 'Reuters' },
        authors: [{ name: 'Vladyslav Musiienko' }],
      },
    },
  ]);
});

test('Q6: who said Moscow acquired drones from Iran? The United States and Ukraine: one claim, two speakers', async () => {
  const data = await server.query(`{
    claims(filter: { text: "acquired drones from Iran" }) {
      edges { node { id text speakers { id name kind } attributions { cue mode speaker { id } document { id } } } } } }`);
  const seed = data.claims.edges.map((e: any) => e.node).filter((c: any) => isSeedId(c.id));
  expect(seed).toHaveLength(1);
  const [claim] = seed;
  expect(claim.id).toBe('claim-russia-acquired-drones-from-iran-summer-2022');
  expect(claim.text).toBe('Russia acquired drones from Iran starting in the summer of 2022.');
  expect(claim.speakers).toEqual([
    { id: 'ukraine', name: 'Ukraine', kind: 'COUNTRY' },
    { id: 'united-states', name: 'United States', kind: 'COUNTRY' },
  ]);
  expect(claim.attributions.map((a: any) => a.speaker.id).sort()).toEqual(['ukraine', 'united-states']);
  for (const a of claim.attributions) expect(a).toMatchObject({ cue: 'say', mode: 'PARAPHRASE', document: { id: LIVE_BLOG } });
});
