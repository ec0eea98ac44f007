import { BundleBuilder, errorCodes, uniqueWikidataId, walkPages } from '../support/bundles';
import { startTestServer, type TestServer } from '../support/testServer';

/** Entity, Affiliation, Query.entity / Query.entities, EntityFilter, Entity.statements and claimsAbout. */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const ENTITY_FIELDS = 'id name kind anonymous description aliases wikidataId';

describe('entity(id:)', () => {
  test('returns every field, with affiliations (role, since, until) resolved to their entities', async () => {
    const b = new BundleBuilder('entity-fields');
    const wikidataId = uniqueWikidataId();
    const org = b.entity('ministry', { kind: 'ORGANIZATION', name: `${b.prefix} Ministry of Examples`, aliases: [`${b.prefix} MoE`] });
    const country = b.entity('land', { kind: 'COUNTRY', name: `${b.prefix} Arcadia` });
    const person = b.entity('minister', {
      name: `${b.prefix} Zoë Exampleton`,
      aliases: [`${b.prefix} Z. Exampleton`, `${b.prefix} Zoe Exampleton-Smith`],
      wikidataId,
      description: 'A minister invented for this test',
      affiliations: [
        { entity: org, role: 'spokesperson', since: '2019-03-01T00:00:00Z', until: '2021-06-30T12:00:00Z' },
        { entity: country, role: 'Foreign Minister', since: '2021-07-01' },
      ],
    });
    await b.ingest(server);

    const data = await server.query(`query($id: ID!) { entity(id: $id) { ${ENTITY_FIELDS}
      affiliations { role since until entity { id name kind } } } }`, { id: person });
    expect(data.entity).toEqual({
      id: person,
      name: `${b.prefix} Zoë Exampleton`,
      kind: 'PERSON',
      anonymous: false,
      description: 'A minister invented for this test',
      aliases: [`${b.prefix} Z. Exampleton`, `${b.prefix} Zoe Exampleton-Smith`],
      wikidataId,
      // In the name order of the organisations.
      affiliations: [
        { role: 'Foreign Minister', since: '2021-07-01T00:00:00.000Z', until: null, entity: { id: country, name: `${b.prefix} Arcadia`, kind: 'COUNTRY' } },
        { role: 'spokesperson', since: '2019-03-01T00:00:00.000Z', until: '2021-06-30T12:00:00.000Z', entity: { id: org, name: `${b.prefix} Ministry of Examples`, kind: 'ORGANIZATION' } },
      ],
    });
  });

  test('an anonymous source carries anonymous: true and the description in the words of the text; no affiliations is an empty list', async () => {
    const b = new BundleBuilder('entity-anon');
    const anon = b.entity('officials', { kind: 'GROUP', anonymous: true, description: 'officials familiar with the talks' });
    await b.ingest(server);
    const data = await server.query(`query($id: ID!) { entity(id: $id) { ${ENTITY_FIELDS} affiliations { role } } }`, { id: anon });
    expect(data.entity).toEqual({
      id: anon, name: b.name('officials'), kind: 'GROUP', anonymous: true, description: 'officials familiar with the talks',
      aliases: [], wikidataId: null, affiliations: [],
    });
  });

  test('an unknown id answers null without an error', async () => {
    const r = await server.gql('{ entity(id: "t-no-such-entity-anywhere") { id } }');
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ entity: null });
  });

  test('an id resolved into an existing entity (same name, new id) finds that entity, in entity(id:) and in claims(saidBy:)', async () => {
    const first = new BundleBuilder('merge-a', { publishedAt: '2031-05-01T00:00:00Z' });
    const original = first.entity('person', { name: `${first.prefix} Amir-Example` });
    const c1 = first.claim('c1');
    first.attribution({ claim: c1, speaker: original });
    await first.ingest(server);

    // A second bundle names the same person under another id and spelling.
    const second = new BundleBuilder('merge-b', { publishedAt: '2031-06-01T00:00:00Z' });
    const alias = second.entity('same-person', { name: `${first.prefix.toUpperCase()} AMIREXAMPLE` });
    const c2 = second.claim('c2');
    second.attribution({ claim: c2, speaker: alias });
    const result = await second.ingest(server);
    expect(result.resolvedEntities).toEqual([{ bundleId: alias, resolvedId: original, resolution: 'NAME' }]);

    const data = await server.query(`query($alias: ID!) {
      entity(id: $alias) { id name aliases statements { totalCount edges { node { claim { id } } } } }
      claims(filter: { saidBy: [$alias] }) { totalCount edges { node { id speakers { id } } } } }`, { alias });
    expect(data.entity.id).toBe(original);
    expect(data.entity.name).toBe(`${first.prefix} Amir-Example`);
    expect(data.entity.aliases).toContain(`${first.prefix.toUpperCase()} AMIREXAMPLE`);
    expect(data.entity.statements.totalCount).toBe(2);
    expect(data.entity.statements.edges.map((e: any) => e.node.claim.id)).toEqual([c2, c1]);
    expect(data.claims.totalCount).toBe(2);
    expect(data.claims.edges.map((e: any) => e.node.id)).toEqual([c2, c1]);
    for (const e of data.claims.edges) expect(e.node.speakers).toEqual([{ id: original }]);
  });
});

describe('entities(filter:)', () => {
  async function names(filter: Record<string, unknown>, first = 100): Promise<string[]> {
    const data = await server.query(`query($filter: EntityFilter, $first: Int) { entities(filter: $filter, first: $first) {
      totalCount edges { node { id name } } } }`, { filter, first });
    expect(data.entities.totalCount).toBe(data.entities.edges.length);
    return data.entities.edges.map((e: any) => e.node.id);
  }

  test('name is case-, hyphen-, space- and accent-insensitive, matches part of the name, and matches aliases', async () => {
    const b = new BundleBuilder('entity-names');
    const tag = b.prefix.replace(/[^a-z0-9]/gi, '');
    const mueller = b.entity('mueller', { name: `Jürgen Müller-Lüdenscheidt ${tag}` });
    const other = b.entity('other', { name: `Anna Schmidt ${tag}`, aliases: [`La Présidente ${tag}`] });
    await b.ingest(server);

    expect(await names({ name: `jurgen muller ludenscheidt ${tag}` })).toEqual([mueller]);
    expect(await names({ name: `MÜLLERLÜDENSCHEIDT ${tag.toUpperCase()}` })).toEqual([mueller]);
    expect(await names({ name: `Müller-Lüden` })).toContain(mueller);
    // Alias match: "presidente" is only in the alias.
    expect(await names({ name: `la presidente ${tag}` })).toEqual([other]);
    // A common part finds both, in name order.
    expect(await names({ name: tag })).toEqual([other, mueller]);
    expect(await names({ name: `Nobody ${tag}` })).toEqual([]);
  });

  test('name finds seed entities by alias and spelling variant', async () => {
    const data = await server.query(`{
      a: entities(filter: { name: "Amir Abdollahian" }) { edges { node { id } } }
      b: entities(filter: { name: "wapo" }) { edges { node { id } } }
      c: entities(filter: { name: "geran 2" }) { edges { node { id } } } }`);
    expect(data.a.edges.map((e: any) => e.node.id)).toContain('hossein-amirabdollahian');
    expect(data.b.edges.map((e: any) => e.node.id)).toContain('washington-post');
    expect(data.c.edges.map((e: any) => e.node.id)).toContain('shahed-136');
  });

  test('kind and anonymous filter alone and together with name', async () => {
    const b = new BundleBuilder('entity-kinds');
    const tag = b.prefix.replace(/[^a-z0-9]/gi, '');
    const person = b.entity('person', { name: `Person ${tag}`, kind: 'PERSON' });
    const anonPerson = b.entity('anon-person', { name: `Anonymous person ${tag}`, kind: 'PERSON', anonymous: true, description: 'a person' });
    const group = b.entity('group', { name: `Group ${tag}`, kind: 'GROUP', anonymous: true, description: 'a group' });
    const weapon = b.entity('weapon', { name: `Weapon ${tag}`, kind: 'WEAPON_SYSTEM' });
    await b.ingest(server);

    expect(await names({ name: tag })).toEqual([anonPerson, group, person, weapon]);
    expect(await names({ name: tag, kind: 'PERSON' })).toEqual([anonPerson, person]);
    expect(await names({ name: tag, anonymous: true })).toEqual([anonPerson, group]);
    expect(await names({ name: tag, anonymous: false })).toEqual([person, weapon]);
    expect(await names({ name: tag, kind: 'PERSON', anonymous: false })).toEqual([person]);
    expect(await names({ name: tag, kind: 'EVENT' })).toEqual([]);

    // Alone: every entity returned has the kind / the anonymity asked for.
    const byKind = await server.query(`{ entities(filter: { kind: WEAPON_SYSTEM }, first: 100) { edges { node { id kind } } } }`);
    expect(byKind.entities.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining(['shahed-136', weapon]));
    for (const e of byKind.entities.edges) expect(e.node.kind).toBe('WEAPON_SYSTEM');
    const anonymous = await server.query(`{ entities(filter: { anonymous: true }, first: 100) { edges { node { id anonymous } } } }`);
    expect(anonymous.entities.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining(['us-officials', 'source-familiar-with-assessment', group]));
    for (const e of anonymous.entities.edges) expect(e.node.anonymous).toBe(true);
  });

  test('a name with no letters or digits is BAD_USER_INPUT', async () => {
    const r = await server.gql('{ entities(filter: { name: " -- " }) { totalCount } }');
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('entity pagination', () => {
  test('walks all pages with a small first: name order, no duplicates or gaps, stable totalCount, hasNextPage false at the end', async () => {
    const b = new BundleBuilder('entity-pages');
    const tag = b.prefix.replace(/[^a-z0-9]/gi, '');
    // Names out of insertion order; two with the same name (the id breaks the tie).
    const ids = ['delta', 'alpha', 'charlie', 'bravo', 'echo', 'alpha-twin', 'foxtrot'].map((n) =>
      b.entity(n, { name: `${n === 'alpha-twin' ? 'alpha' : n} ${tag}`, kind: n === 'alpha-twin' ? 'GROUP' : 'PERSON' }),
    );
    await b.ingest(server);
    const expected = [ids[1], ids[5], ids[3], ids[2], ids[0], ids[4], ids[6]]; // alpha, alpha (id order), bravo...
    expect(ids[1] < ids[5]).toBe(true);

    const { nodes, pages } = await walkPages<any>(async (after) => {
      const data = await server.query(`query($name: String, $after: String) { entities(filter: { name: $name }, first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`, { name: tag, after });
      return data.entities;
    }, 2);
    expect(pages).toHaveLength(4);
    expect(pages[0].totalCount).toBe(7);
    expect(pages.at(-1)!.edges).toHaveLength(1);
    expect(nodes.map((n) => n.id)).toEqual(expected);
  });

  test('first defaults to 20; first: 0 gives an empty page with the total', async () => {
    const b = new BundleBuilder('entity-default');
    const tag = b.prefix.replace(/[^a-z0-9]/gi, '');
    for (let i = 0; i < 23; i += 1) b.entity(`e${String(i).padStart(2, '0')}`, { name: `member ${String(i).padStart(2, '0')} ${tag}` });
    await b.ingest(server);
    const data = await server.query(`query($name: String) {
      all: entities(filter: { name: $name }) { totalCount pageInfo { hasNextPage } edges { node { id } } }
      none: entities(filter: { name: $name }, first: 0) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { name: tag });
    expect(data.all.edges).toHaveLength(20);
    expect(data.all.totalCount).toBe(23);
    expect(data.all.pageInfo.hasNextPage).toBe(true);
    expect(data.none).toEqual({ totalCount: 23, pageInfo: { hasNextPage: true, endCursor: null }, edges: [] });
  });

  test.each([
    ['first over 100', '{ entities(first: 101) { totalCount } }'],
    ['negative first', '{ entities(first: -1) { totalCount } }'],
    ['a garbage cursor', '{ entities(first: 2, after: "not-a-cursor!!") { totalCount } }'],
    ['a base64 cursor of the wrong shape', `{ entities(first: 2, after: "${Buffer.from('{"a":1}').toString('base64url')}") { totalCount } }`],
  ])('%s is BAD_USER_INPUT', async (_, query) => {
    const r = await server.gql(query);
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.data ?? null).toBeNull();
  });

  test('first: 100 is allowed', async () => {
    const r = await server.gql('{ entities(first: 100) { edges { node { id } } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.entities.edges.length).toBeLessThanOrEqual(100);
    expect(r.data.entities.edges.length).toBeGreaterThanOrEqual(23); // the seed alone has 23 entities
  });
});

describe('Entity.statements', () => {
  test('newest statement first (statedAt, else the document date; undated last), paginated by keyset with every attribution field', async () => {
    const b = new BundleBuilder('statements', { publishedAt: '2032-03-01T00:00:00Z' });
    const undatedDoc = b.document('undated', { publishedAt: null, kind: 'SOCIAL_MEDIA_POST' });
    const speaker = b.entity('speaker');
    const c = ['c1', 'c2', 'c3', 'c4', 'c5'].map((n) => b.claim(n));
    const a1 = b.attribution({ local: 'a1', claim: c[0], speaker, statedAt: '2032-01-10T08:00:00Z' });
    const a2 = b.attribution({ local: 'a2', claim: c[1], speaker, statedAt: '2032-02-20T08:00:00Z', mode: 'DIRECT_QUOTE', quote: 'exact words', stance: 'DENIES', cue: 'told reporters' });
    const a3 = b.attribution({ local: 'a3', claim: c[2], speaker }); // falls back to 2032-03-01
    const a4 = b.attribution({ local: 'a4', claim: c[3], speaker, document: undatedDoc }); // undated
    const a5 = b.attribution({ local: 'a5', claim: c[4], speaker, statedAt: '2031-12-31T23:59:59Z', stance: 'QUESTIONS', mode: 'REPORTED', cue: 'reported' });
    await b.ingest(server);

    const { nodes, pages } = await walkPages<any>(async (after) => {
      const data = await server.query(`query($id: ID!, $after: String) { entity(id: $id) { statements(first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id mode stance cue quote statedAt firstReport claim { id } speaker { id } document { id } via { id } basis { id } } } } } }`,
      { id: speaker, after });
      return data.entity.statements;
    }, 2);
    expect(pages.map((p) => p.edges.length)).toEqual([2, 2, 1]);
    expect(pages[0].totalCount).toBe(5);
    expect(nodes.map((n) => n.id)).toEqual([a3, a2, a1, a5, a4]);
    expect(nodes[1]).toEqual({
      id: a2, mode: 'DIRECT_QUOTE', stance: 'DENIES', cue: 'told reporters', quote: 'exact words', statedAt: '2032-02-20T08:00:00.000Z',
      firstReport: false, claim: { id: c[1] }, speaker: { id: speaker }, document: { id: b.documentId }, via: null, basis: null,
    });
    expect(nodes[3]).toMatchObject({ id: a5, mode: 'REPORTED', stance: 'QUESTIONS', quote: null, statedAt: '2031-12-31T23:59:59.000Z' });
    expect(nodes[4]).toMatchObject({ id: a4, statedAt: null, document: { id: undatedDoc } });
  });

  test('defaults to 20, and rejects first over 100, negative first and a garbage cursor', async () => {
    const b = new BundleBuilder('statements-default');
    const speaker = b.entity('talker');
    for (let i = 0; i < 22; i += 1) b.attribution({ claim: b.claim(`c${i}`), speaker, statedAt: `2033-01-${String(i + 1).padStart(2, '0')}T00:00:00Z` });
    await b.ingest(server);
    const data = await server.query(`query($id: ID!) { entity(id: $id) { statements { totalCount pageInfo { hasNextPage } edges { node { statedAt } } } } }`, { id: speaker });
    expect(data.entity.statements.totalCount).toBe(22);
    expect(data.entity.statements.edges).toHaveLength(20);
    expect(data.entity.statements.pageInfo.hasNextPage).toBe(true);
    expect(data.entity.statements.edges[0].node.statedAt).toBe('2033-01-22T00:00:00.000Z');

    for (const args of ['first: 101', 'first: -3', 'first: 2, after: "garbage"']) {
      const r = await server.gql(`query($id: ID!) { entity(id: $id) { statements(${args}) { totalCount } } }`, { id: speaker });
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    }
  });

  test('an entity that said nothing has an empty connection', async () => {
    const b = new BundleBuilder('statements-none');
    const quiet = b.entity('quiet');
    await b.ingest(server);
    const data = await server.query(`query($id: ID!) { entity(id: $id) { statements { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } claimsAbout { totalCount edges { cursor } } } }`, { id: quiet });
    expect(data.entity).toEqual({
      statements: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
      claimsAbout: { totalCount: 0, edges: [] },
    });
  });
});

describe('Entity.claimsAbout', () => {
  test('claims about the entity, newest statement first (never-stated claims last), walked with keyset cursors', async () => {
    const b = new BundleBuilder('about', { publishedAt: '2034-06-01T00:00:00Z' });
    const subject = b.entity('subject', { kind: 'COUNTRY' });
    const speaker = b.entity('speaker');
    const unrelated = b.claim('unrelated', undefined, [speaker]);
    const cOld = b.claim('old', undefined, [subject]);
    const cNew = b.claim('new', undefined, [subject, speaker]);
    const cMid = b.claim('mid', undefined, [subject]);
    const cNever = b.claim('never-stated', undefined, [subject]);
    const cDoc = b.claim('doc-date', undefined, [subject]);
    b.attribution({ claim: cOld, speaker, statedAt: '2034-01-01T00:00:00Z' });
    b.attribution({ claim: cNew, speaker, statedAt: '2034-05-01T00:00:00Z' });
    b.attribution({ claim: cNew, speaker, statedAt: '2033-01-01T00:00:00Z' });
    b.attribution({ claim: cMid, speaker, statedAt: '2034-03-01T00:00:00Z' });
    b.attribution({ claim: cDoc, speaker }); // the document's 2034-06-01
    b.attribution({ claim: unrelated, speaker, statedAt: '2034-04-01T00:00:00Z' });
    await b.ingest(server);

    const { nodes, pages } = await walkPages<any>(async (after) => {
      const data = await server.query(`query($id: ID!, $after: String) { entity(id: $id) { claimsAbout(first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id about { id } } } } } }`, { id: subject, after });
      return data.entity.claimsAbout;
    }, 2);
    expect(pages[0].totalCount).toBe(5);
    expect(pages).toHaveLength(3);
    expect(nodes.map((n) => n.id)).toEqual([cDoc, cNew, cMid, cOld, cNever]);
    for (const n of nodes) expect(n.about.map((e: any) => e.id)).toContain(subject);

    for (const args of ['first: 101', 'first: -1', 'after: "%%%"']) {
      const r = await server.gql(`query($id: ID!) { entity(id: $id) { claimsAbout(${args}) { totalCount } } }`, { id: subject });
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    }
  });

  test('claimsAbout defaults to 20', async () => {
    const b = new BundleBuilder('about-default');
    const subject = b.entity('subject', { kind: 'EVENT' });
    for (let i = 0; i < 21; i += 1) b.claim(`c${i}`, undefined, [subject]);
    await b.ingest(server);
    const data = await server.query(`query($id: ID!) { entity(id: $id) { claimsAbout { totalCount pageInfo { hasNextPage } edges { node { id } } } } }`, { id: subject });
    expect(data.entity.claimsAbout.totalCount).toBe(21);
    expect(data.entity.claimsAbout.edges).toHaveLength(20);
    expect(data.entity.claimsAbout.pageInfo.hasNextPage).toBe(true);
  });
});

test('a cursor from one list is refused by another list (BAD_USER_INPUT), not answered with an empty page', async () => {
  const page = await server.query(`{ entities(first: 1) { pageInfo { endCursor } } }`);
  const cursor = page.entities.pageInfo.endCursor;
  const r = await server.gql(`query($after: String) { entity(id: "iran") { statements(first: 2, after: $after) { totalCount } } }`, { after: cursor });
  expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  expect(r.errors![0].message).toMatch(/after: is not a cursor this API issued/);
  const claims = await server.query(`{ claims(first: 1) { pageInfo { endCursor } } }`);
  const r2 = await server.gql(`query($after: String) { entities(first: 2, after: $after) { totalCount } }`, { after: claims.claims.pageInfo.endCursor });
  expect(errorCodes(r2)).toEqual(['BAD_USER_INPUT']);
});
