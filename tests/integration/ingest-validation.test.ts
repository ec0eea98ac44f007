import { localProcess } from '../../src/auth/roles';
import { IngestRepository } from '../../src/ingest/ingestRepository';
import { IngestService } from '../../src/ingest/ingestService';
import { BadUserInputError, type InputProblem } from '../../src/shared/errors';
import { startTestServer, uniqueId, type TestServer } from '../support/testServer';

/**
 * Bad bundles get BAD_USER_INPUT naming the JSON path, the id and the reason, and write NOTHING:
 * whole-graph node and relationship counts (and the latest createdAt/updatedAt) are the same before
 * and after, and none of the bundle's ids exists. Every test builds its own bundle with unique ids.
 */

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => { await server.close(); });

const INGEST = `mutation Ingest($input: DocumentBundleInput!) {
  ingestDocument(input: $input) {
    document { id }
    entities { created matched } documents { created matched } claims { created matched }
    attributions { created matched } relations { created matched }
  }
}`;

type Bundle = Record<string, any>;

/** A valid bundle that references every kind of thing: publisher, authors, affiliation, about, claim,
 * speaker, document, via, basis and a relation. Each test breaks one thing in it. */
function validBundle(p: string): Bundle {
  return {
    document: { id: `${p}-doc`, title: `Validation ${p}`, kind: 'NEWS_ARTICLE', publishedAt: '2030-01-01T00:00:00Z', publisher: `${p}-outlet`, authors: [`${p}-author`] },
    documents: [{ id: `${p}-report`, title: `Report ${p}`, kind: 'REPORT', publisher: `${p}-outlet` }],
    entities: [
      { id: `${p}-outlet`, name: `Outlet ${p}`, kind: 'ORGANIZATION' },
      { id: `${p}-author`, name: `Author ${p}`, kind: 'PERSON', affiliations: [{ entity: `${p}-outlet`, role: 'reporter' }] },
      { id: `${p}-speaker`, name: `Speaker ${p}`, kind: 'PERSON' },
    ],
    claims: [
      { id: `${p}-c1`, text: `Claim one ${p}`, about: [`${p}-speaker`] },
      { id: `${p}-c2`, text: `Claim two ${p}`, about: [] },
    ],
    attributions: [
      { id: `${p}-a1`, claim: `${p}-c1`, speaker: `${p}-speaker`, mode: 'DIRECT_QUOTE', stance: 'ASSERTS', cue: 'said', quote: 'We did it.', basis: `${p}-report` },
      { id: `${p}-a2`, claim: `${p}-c1`, speaker: `${p}-outlet`, mode: 'REPORTED', stance: 'ASSERTS', cue: 'according to', via: `${p}-a1` },
    ],
    relations: [{ from: `${p}-c2`, type: 'SUPPORTS', to: `${p}-c1` }],
  };
}

function bundleIds(b: Bundle): string[] {
  return [b.document, ...(b.documents ?? []), ...(b.entities ?? []), ...(b.claims ?? []), ...(b.attributions ?? [])]
    .map((x: any) => x?.id)
    .filter((id: unknown): id is string => typeof id === 'string');
}

interface Snapshot { nodes: number; rels: number; redirects: number; lastCreated: string | null; lastUpdated: string | null }

async function snapshot(): Promise<Snapshot> {
  const [row] = await server.cypher(`
    CALL () { MATCH (n) RETURN count(n) AS nodes, max(n.createdAt) AS lastCreated, max(n.updatedAt) AS lastUpdated }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
    CALL () { MATCH (r:EntityRedirect) RETURN count(r) AS redirects }
    RETURN nodes, rels, redirects, lastCreated, lastUpdated`);
  return row as unknown as Snapshot;
}

async function existingIds(ids: string[]): Promise<string[]> {
  const rows = await server.cypher('MATCH (n) WHERE n.id IN $ids RETURN n.id AS id ORDER BY id', { ids });
  return rows.map((r) => r.id as string);
}

/**
 * Sends the bundle through the public mutation, expects exactly one BAD_USER_INPUT error, checks that
 * nothing was written, and returns the error for the test's own assertions.
 */
async function expectRejected(input: Bundle, opts: { idsMustNotExist?: string[] } = {}) {
  const before = await snapshot();
  const r = await server.gql(INGEST, { input });
  expect(r.errors).toHaveLength(1);
  expect(r.data?.ingestDocument ?? null).toBeNull();
  const error = r.errors![0];
  expect(error.extensions.code).toBe('BAD_USER_INPUT');
  expect(await snapshot()).toEqual(before);
  expect(await existingIds(opts.idsMustNotExist ?? bundleIds(input))).toEqual([]);
  return error as { message: string; extensions: { code: string; problems?: InputProblem[] } };
}

/** The same, through the service the CLI uses (no GraphQL type checking in front of it). */
async function expectServiceRejects(input: unknown): Promise<InputProblem[]> {
  const before = await snapshot();
  const service = new IngestService(new IngestRepository(server.db), localProcess('test:ingest-validation'));
  let caught: unknown;
  try {
    await service.ingest(input);
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(BadUserInputError);
  const error = caught as BadUserInputError;
  expect(error.extensions.code).toBe('BAD_USER_INPUT');
  expect(await snapshot()).toEqual(before);
  expect(await existingIds(bundleIds(input as Bundle))).toEqual([]);
  return error.problems;
}

test('the valid base bundle is accepted (so every rejection below is caused by the one thing each test breaks)', async () => {
  const p = uniqueId('val-ok');
  const data = await server.query(INGEST, { input: validBundle(p) });
  expect(data.ingestDocument).toEqual({
    document: { id: `${p}-doc` },
    entities: { created: 3, matched: 0 },
    documents: { created: 2, matched: 0 },
    claims: { created: 2, matched: 0 },
    attributions: { created: 2, matched: 0 },
    relations: { created: 1, matched: 0 },
  });
  expect(await existingIds(bundleIds(validBundle(p)))).toHaveLength(9);
});

describe('an unknown reference is named by path and id, and nothing is written', () => {
  const cases: [string, string, (b: Bundle, missing: string) => void][] = [
    ['document publisher', 'document.publisher', (b, m) => { b.document.publisher = m; }],
    ['document author', 'document.authors[1]', (b, m) => { b.document.authors.push(m); }],
    ['publisher of another document', 'documents[0].publisher', (b, m) => { b.documents[0].publisher = m; }],
    ['affiliation entity', 'entities[1].affiliations[0].entity', (b, m) => { b.entities[1].affiliations[0].entity = m; }],
    ['claim about', 'claims[0].about[1]', (b, m) => { b.claims[0].about.push(m); }],
    ['attribution claim', 'attributions[1].claim', (b, m) => { b.attributions[1].claim = m; }],
    ['attribution speaker', 'attributions[0].speaker', (b, m) => { b.attributions[0].speaker = m; }],
    ['attribution document', 'attributions[1].document', (b, m) => { b.attributions[1].document = m; }],
    ['attribution via', 'attributions[1].via', (b, m) => { b.attributions[1].via = m; }],
    ['attribution basis', 'attributions[0].basis', (b, m) => { b.attributions[0].basis = m; }],
    ['relation from', 'relations[0].from', (b, m) => { b.relations[0].from = m; }],
    ['relation to', 'relations[0].to', (b, m) => { b.relations[0].to = m; }],
  ];
  const what: Record<string, string> = { claim: 'claim', document: 'document', via: 'attribution', basis: 'document', from: 'claim', to: 'claim' };

  test.each(cases)('%s', async (_, path, breakIt) => {
    const p = uniqueId('val-ref');
    const missing = `${p}-missing`;
    const bundle = validBundle(p);
    breakIt(bundle, missing);
    const error = await expectRejected(bundle);
    const kind = what[path.split('.').at(-1)!] ?? 'entity';
    expect(error.extensions.problems).toEqual([
      { path, id: missing, message: `unknown ${kind} id "${missing}": it is neither in this bundle nor in the graph` },
    ]);
    expect(error.message).toBe(`${path}: unknown ${kind} id "${missing}": it is neither in this bundle nor in the graph`);
  });

  test('an id of the wrong kind does not count: a claim id as a speaker', async () => {
    const p = uniqueId('val-kind');
    const bundle = validBundle(p);
    bundle.attributions[0].speaker = `${p}-c1`;
    const error = await expectRejected(bundle);
    expect(error.extensions.problems).toEqual([expect.objectContaining({ path: 'attributions[0].speaker', id: `${p}-c1` })]);
  });

  test('references to ids already in the graph (seed and earlier bundles) are accepted', async () => {
    const p = uniqueId('val-graphref');
    await server.query(INGEST, { input: validBundle(p) });
    const q = uniqueId('val-graphref2');
    const data = await server.query(INGEST, {
      input: {
        document: { id: `${q}-doc`, title: 'Refers to the graph', kind: 'NEWS_ARTICLE', publisher: 'cnn', authors: [`${p}-author`] },
        claims: [{ id: `${q}-c`, text: `A claim ${q}`, about: ['iran', `${p}-speaker`] }],
        attributions: [{ id: `${q}-a`, claim: `${p}-c2`, speaker: 'united-states', mode: 'REPORTED', stance: 'ASSERTS', via: `${p}-a2`, basis: `${p}-report`, document: `${p}-doc` }],
        relations: [{ from: `${q}-c`, type: 'CONTRADICTS', to: `${p}-c1` }],
      },
    });
    expect(data.ingestDocument.attributions).toEqual({ created: 1, matched: 0 });
    const [row] = await server.cypher(
      `MATCH (a:Attribution {id: $id})
       RETURN [(a)-[:SAID_BY]->(s) | s.id] AS speaker, [(a)-[:VIA]->(v) | v.id] AS via, [(a)-[:RECORDED_IN]->(d) | d.id] AS doc`,
      { id: `${q}-a` },
    );
    expect(row).toEqual({ speaker: ['united-states'], via: [`${p}-a2`], doc: [`${p}-doc`] });
  });
});

describe('wrong enums', () => {
  test('through GraphQL variables: GraphQL itself rejects the value, naming the field', async () => {
    const p = uniqueId('val-enum');
    const bundle = validBundle(p);
    bundle.attributions[1].mode = 'SHOUTED';
    const error = await expectRejected(bundle);
    expect(error.message).toContain('input.attributions[1].mode');
    expect(error.message).toContain('"SHOUTED"');
    expect(error.message).toContain('AttributionMode');
  });

  test.each([
    ['document kind', (b: Bundle) => { b.document.kind = 'BLOG'; }, 'input.document.kind', 'DocumentKind'],
    ['entity kind', (b: Bundle) => { b.entities[2].kind = 'ALIEN'; }, 'input.entities[2].kind', 'EntityKind'],
    ['stance', (b: Bundle) => { b.attributions[0].stance = 'SHRUGS'; }, 'input.attributions[0].stance', 'Stance'],
    ['relation type', (b: Bundle) => { b.relations[0].type = 'LIKES'; }, 'input.relations[0].type', 'ClaimRelationType'],
  ])('through GraphQL: a wrong %s', async (_, breakIt, field, enumName) => {
    const bundle = validBundle(uniqueId('val-enum'));
    breakIt(bundle);
    const error = await expectRejected(bundle);
    expect(error.message).toContain(field);
    expect(error.message).toContain(enumName);
  });

  test('through the service the CLI uses: BadUserInputError with the path, the id and the allowed values', async () => {
    const p = uniqueId('val-enum-cli');
    const bundle = validBundle(p);
    bundle.attributions[1].mode = 'SHOUTED';
    bundle.entities[0].kind = 'ALIEN';
    const problems = await expectServiceRejects(bundle);
    expect(problems).toEqual([
      { path: 'entities[0].kind', id: `${p}-outlet`, message: expect.stringContaining('"ALIEN" is not a valid entity kind; expected one of PERSON, ORGANIZATION') },
      { path: 'attributions[1].mode', id: `${p}-a2`, message: '"SHOUTED" is not a valid attribution mode; expected one of DIRECT_QUOTE, PARAPHRASE, REPORTED' },
    ]);
  });
});

describe('quotes', () => {
  test('a quote on a non-DIRECT_QUOTE attribution', async () => {
    const p = uniqueId('val-quote');
    const bundle = validBundle(p);
    bundle.attributions[1].quote = 'Verbatim words.';
    const error = await expectRejected(bundle);
    expect(error.extensions.problems).toEqual([
      { path: 'attributions[1].quote', id: `${p}-a2`, message: 'a quote is only allowed on a DIRECT_QUOTE attribution; this one is REPORTED' },
    ]);
  });

  test('a DIRECT_QUOTE without a quote (or with a blank one)', async () => {
    for (const quote of [undefined, null, '   ']) {
      const p = uniqueId('val-noquote');
      const bundle = validBundle(p);
      if (quote === undefined) delete bundle.attributions[0].quote;
      else bundle.attributions[0].quote = quote;
      const error = await expectRejected(bundle);
      const problems = error.extensions.problems!;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ path: 'attributions[0].quote', id: `${p}-a1` });
      expect(problems[0].message).toMatch(quote === '   ' ? /must not be empty/ : /DIRECT_QUOTE attribution needs the verbatim quoted words/);
    }
  });
});

describe('texts and ids', () => {
  test.each([
    ['empty', ''],
    ['whitespace-only', ' \n\t '],
  ])('an %s claim text', async (_, text) => {
    const p = uniqueId('val-empty');
    const bundle = validBundle(p);
    bundle.claims[1].text = text;
    const error = await expectRejected(bundle);
    expect(error.extensions.problems).toEqual([{ path: 'claims[1].text', id: `${p}-c2`, message: 'must not be empty' }]);
    expect(error.message).toBe('claims[1].text: must not be empty');
  });

  test('an empty document title and entity name', async () => {
    const p = uniqueId('val-empty2');
    const bundle = validBundle(p);
    bundle.document.title = '  ';
    bundle.entities[2].name = '';
    const error = await expectRejected(bundle);
    expect(error.extensions.problems).toEqual([
      { path: 'document.title', id: `${p}-doc`, message: 'must not be empty' },
      { path: 'entities[2].name', id: `${p}-speaker`, message: 'must not be empty' },
    ]);
  });

  test('over-long texts: claim text, quote, cue, name, title', async () => {
    const p = uniqueId('val-long');
    const bundle = validBundle(p);
    bundle.claims[0].text = 'x'.repeat(5001);
    bundle.attributions[0].quote = 'q'.repeat(5001);
    bundle.attributions[0].cue = 'c'.repeat(201);
    bundle.entities[0].name = 'n'.repeat(501);
    bundle.document.title = 't'.repeat(1001);
    const error = await expectRejected(bundle);
    expect(error.extensions.problems).toEqual([
      { path: 'document.title', id: `${p}-doc`, message: 'must be at most 1000 characters' },
      { path: 'entities[0].name', id: `${p}-outlet`, message: 'must be at most 500 characters' },
      { path: 'claims[0].text', id: `${p}-c1`, message: 'must be at most 5000 characters' },
      { path: 'attributions[0].cue', id: `${p}-a1`, message: 'must be at most 200 characters' },
      { path: 'attributions[0].quote', id: `${p}-a1`, message: 'must be at most 5000 characters' },
    ]);
  });

  test('a text of exactly the limit is accepted', async () => {
    const p = uniqueId('val-limit');
    const bundle = validBundle(p);
    bundle.claims[0].text = `${p} `.padEnd(5000, 'y');
    await server.query(INGEST, { input: bundle });
    const [row] = await server.cypher('MATCH (c:Claim {id: $id}) RETURN size(c.text) AS n', { id: `${p}-c1` });
    expect(row.n).toBe(5000);
  });

  test.each([
    ['a space', (p: string) => `${p} bad`],
    ['a slash', (p: string) => `${p}/bad`],
    ['a leading dash', (p: string) => `-${p}`],
    ['a quote character', (p: string) => `${p}"x`],
  ])('an id with %s', async (_, makeId) => {
    const p = uniqueId('val-id');
    const bundle = validBundle(p);
    const bad = makeId(p);
    bundle.claims[1].id = bad;
    bundle.relations = [];
    const error = await expectRejected(bundle);
    expect(error.extensions.problems).toEqual([
      { path: 'claims[1].id', id: bad, message: 'must start with a letter or digit and use only letters, digits, ".", "_", ":" and "-"' },
    ]);
  });

  test('an over-long id', async () => {
    const p = uniqueId('val-longid');
    const bundle = validBundle(p);
    bundle.attributions[0].id = `${p}-${'a'.repeat(200)}`;
    bundle.attributions[1].via = null;
    const error = await expectRejected(bundle);
    expect(error.extensions.problems).toEqual([expect.objectContaining({ path: 'attributions[0].id', message: 'must be at most 200 characters' })]);
  });
});

describe('duplicates, self-references and cycles', () => {
  test('duplicate ids within the bundle, each named with both positions', async () => {
    const p = uniqueId('val-dup');
    const bundle = validBundle(p);
    bundle.entities.push({ id: `${p}-speaker`, name: `Another ${p}`, kind: 'PERSON' });
    bundle.documents.push({ id: `${p}-doc`, title: 'Same id as the main document', kind: 'OTHER' });
    bundle.claims.push({ id: `${p}-c1`, text: 'again' });
    const error = await expectRejected(bundle);
    expect(error.extensions.problems).toEqual([
      { path: 'documents[1].id', id: `${p}-doc`, message: `duplicate id "${p}-doc" (also at document)` },
      { path: 'entities[3].id', id: `${p}-speaker`, message: `duplicate id "${p}-speaker" (also at entities[2])` },
      { path: 'claims[2].id', id: `${p}-c1`, message: `duplicate id "${p}-c1" (also at claims[0])` },
    ]);
  });

  test('an attribution relaying itself', async () => {
    const p = uniqueId('val-selfvia');
    const bundle = validBundle(p);
    bundle.attributions[0].via = `${p}-a1`;
    const error = await expectRejected(bundle);
    expect(error.extensions.problems).toEqual([
      { path: 'attributions[0].via', id: `${p}-a1`, message: `attribution "${p}-a1" cannot relay itself` },
    ]);
  });

  test('a via cycle inside the bundle (A -> B -> A) is reported on both', async () => {
    const p = uniqueId('val-cycle');
    const bundle = validBundle(p);
    bundle.attributions[0].via = `${p}-a2`; // a2 already relays a1
    const error = await expectRejected(bundle);
    expect(error.extensions.problems).toEqual([
      { path: 'attributions[0].via', id: `${p}-a1`, message: `via makes a cycle: attribution "${p}-a1" leads back to itself` },
      { path: 'attributions[1].via', id: `${p}-a2`, message: `via makes a cycle: attribution "${p}-a2" leads back to itself` },
    ]);
  });

  test('a longer cycle inside the bundle (A -> B -> C -> A)', async () => {
    const p = uniqueId('val-cycle3');
    const bundle = validBundle(p);
    bundle.attributions.push({ id: `${p}-a3`, claim: `${p}-c2`, speaker: `${p}-author`, mode: 'PARAPHRASE', stance: 'ASSERTS', via: `${p}-a2` });
    bundle.attributions[0].via = `${p}-a3`; // a1 -> a3 -> a2 -> a1
    const error = await expectRejected(bundle);
    expect(error.extensions.problems!.map((x) => x.path)).toEqual(['attributions[0].via', 'attributions[1].via', 'attributions[2].via']);
  });

  describe('a via cycle through the graph', () => {
    /** Ingests a chain A -[VIA]-> B (-[VIA]-> C) and returns its ids and the links as stored. */
    async function chainInGraph(p: string) {
      const bundle = validBundle(p);
      bundle.attributions.push({ id: `${p}-a0`, claim: `${p}-c1`, speaker: `${p}-author`, mode: 'PARAPHRASE', stance: 'ASSERTS' });
      bundle.attributions[0].via = `${p}-a0`; // a2 -> a1 -> a0
      await server.query(INGEST, { input: bundle });
      return bundle;
    }
    const links = async (ids: string[]) =>
      server.cypher('MATCH (a:Attribution) WHERE a.id IN $ids RETURN a.id AS id, a.updatedAt AS updatedAt, [(a)-[:VIA]->(v) | v.id] AS via ORDER BY id', { ids });

    test('re-defining the origin of an existing chain to relay its last link is rejected, the chain unchanged', async () => {
      const p = uniqueId('val-gcycle');
      await chainInGraph(p);
      const chainBefore = await links([`${p}-a0`, `${p}-a1`, `${p}-a2`]);
      expect(chainBefore.map((r) => [r.id, r.via])).toEqual([[`${p}-a0`, []], [`${p}-a1`, [`${p}-a0`]], [`${p}-a2`, [`${p}-a1`]]]);

      // A new bundle re-defines a0 (already in the graph) to relay a2: a0 -> a2 -> a1 -> a0.
      const q = uniqueId('val-gcycle2');
      const bundle = {
        document: { id: `${q}-doc`, title: 'Re-points an origin', kind: 'NEWS_ARTICLE' },
        attributions: [{ id: `${p}-a0`, claim: `${p}-c1`, speaker: `${p}-author`, mode: 'PARAPHRASE', stance: 'ASSERTS', via: `${p}-a2`, document: `${p}-doc` }],
      };
      const error = await expectRejected(bundle, { idsMustNotExist: [`${q}-doc`] });
      expect(error.extensions.problems).toEqual([
        { path: 'attributions[0].via', id: `${p}-a0`, message: `via makes a cycle: attribution "${p}-a0" leads back to itself` },
      ]);
      expect(await links([`${p}-a0`, `${p}-a1`, `${p}-a2`])).toEqual(chainBefore);
    });

    test('a cycle closed through a new attribution of the bundle is rejected too', async () => {
      const p = uniqueId('val-gcycle3');
      await chainInGraph(p);
      const q = uniqueId('val-gcycle4');
      // New x relays a2 (graph: a2 -> a1 -> a0); the bundle re-defines a0 to relay x.
      const bundle = {
        document: { id: `${q}-doc`, title: 'Closes a cycle', kind: 'NEWS_ARTICLE' },
        attributions: [
          { id: `${q}-x`, claim: `${p}-c1`, speaker: 'cnn', mode: 'REPORTED', stance: 'ASSERTS', via: `${p}-a2` },
          { id: `${p}-a0`, claim: `${p}-c1`, speaker: `${p}-author`, mode: 'PARAPHRASE', stance: 'ASSERTS', via: `${q}-x`, document: `${p}-doc` },
        ],
      };
      const error = await expectRejected(bundle, { idsMustNotExist: [`${q}-doc`, `${q}-x`] });
      expect(error.extensions.problems!.map((x) => [x.path, x.id])).toEqual([
        ['attributions[0].via', `${q}-x`],
        ['attributions[1].via', `${p}-a0`],
      ]);
    });

    test('no cycle when the bundle also re-points the link that closed it (the bundle\'s own via wins)', async () => {
      const p = uniqueId('val-gnocycle');
      await chainInGraph(p);
      const q = uniqueId('val-gnocycle2');
      // a0 now relays a2, but a1 no longer relays a0: a0 -> a2 -> a1, which ends.
      const data = await server.query(INGEST, {
        input: {
          document: { id: `${q}-doc`, title: 'Reverses a chain', kind: 'NEWS_ARTICLE' },
          attributions: [
            { id: `${p}-a0`, claim: `${p}-c1`, speaker: `${p}-author`, mode: 'PARAPHRASE', stance: 'ASSERTS', via: `${p}-a2`, document: `${p}-doc` },
            { id: `${p}-a1`, claim: `${p}-c1`, speaker: `${p}-speaker`, mode: 'DIRECT_QUOTE', quote: 'We did it.', stance: 'ASSERTS', document: `${p}-doc` },
          ],
        },
      });
      expect(data.ingestDocument.attributions).toEqual({ created: 0, matched: 2 });
      expect((await links([`${p}-a0`, `${p}-a1`, `${p}-a2`])).map((r) => [r.id, r.via])).toEqual([
        [`${p}-a0`, [`${p}-a2`]],
        [`${p}-a1`, []],
        [`${p}-a2`, [`${p}-a1`]],
      ]);
    });
  });

  test('a claim related to itself', async () => {
    const p = uniqueId('val-selfrel');
    const bundle = validBundle(p);
    bundle.relations.push({ from: `${p}-c1`, type: 'SAME_AS', to: `${p}-c1` });
    const error = await expectRejected(bundle);
    expect(error.extensions.problems).toEqual([{ path: 'relations[1].to', id: `${p}-c1`, message: 'a claim cannot be related to itself' }]);
  });

  test('an entity affiliated with itself', async () => {
    const p = uniqueId('val-selfaff');
    const bundle = validBundle(p);
    bundle.entities[0].affiliations = [{ entity: `${p}-outlet`, role: 'owner' }];
    const error = await expectRejected(bundle);
    expect(error.extensions.problems).toEqual([
      { path: 'entities[0].affiliations[0].entity', id: `${p}-outlet`, message: 'an entity cannot be affiliated with itself' },
    ]);
  });
});

describe('unknown keys (strict objects)', () => {
  test('through GraphQL: the input type rejects an undefined field, naming it', async () => {
    const bundle = validBundle(uniqueId('val-key'));
    bundle.claims[0].topic = 'drones';
    const error = await expectRejected(bundle);
    expect(error.message).toContain('"topic"');
    expect(error.message).toContain('ClaimInput');
  });

  test('through the service: every unknown key, at its path, with the item id', async () => {
    const p = uniqueId('val-key-cli');
    const bundle = validBundle(p);
    bundle.claims[0].topic = 'drones';
    bundle.attributions[1].confidence = 0.9;
    bundle.source = 'scraper';
    const problems = await expectServiceRejects(bundle);
    expect(problems).toEqual([
      { path: 'claims[0]', id: `${p}-c1`, message: 'Unrecognized key: "topic"' },
      { path: 'attributions[1]', id: `${p}-a2`, message: 'Unrecognized key: "confidence"' },
      { path: '(bundle)', message: 'Unrecognized key: "source"' },
    ]);
  });
});

describe('bad dates', () => {
  test('through GraphQL: the DateTime scalar rejects the value, naming the field', async () => {
    const bundle = validBundle(uniqueId('val-date'));
    bundle.attributions[0].statedAt = '2022-02-30';
    const error = await expectRejected(bundle);
    expect(error.message).toContain('input.attributions[0].statedAt');
    expect(error.message).toContain('"2022-02-30"');
  });

  test('a date-time without a time zone is rejected too (it would be ambiguous)', async () => {
    const bundle = validBundle(uniqueId('val-date2'));
    bundle.document.publishedAt = '2022-11-21T12:00:00';
    const error = await expectRejected(bundle);
    expect(error.message).toContain('input.document.publishedAt');
  });

  test('through the service: path, id and the value', async () => {
    const p = uniqueId('val-date-cli');
    const bundle = validBundle(p);
    bundle.attributions[0].statedAt = 'last Tuesday';
    bundle.entities[1].affiliations[0].since = '2022-13-01';
    const problems = await expectServiceRejects(bundle);
    expect(problems).toEqual([
      { path: 'entities[1].affiliations[0].since', id: `${p}-author`, message: expect.stringContaining('"2022-13-01"') },
      { path: 'attributions[0].statedAt', id: `${p}-a1`, message: expect.stringContaining('"last Tuesday"') },
    ]);
  });
});

describe('several problems at once', () => {
  test('rule and reference problems of one bundle are all listed, the first in the message', async () => {
    const p = uniqueId('val-many');
    const bundle = validBundle(p);
    bundle.attributions[0].speaker = `${p}-nobody`; // unknown reference
    bundle.attributions[1].quote = 'words'; // quote on REPORTED
    bundle.relations.push({ from: `${p}-c1`, type: 'NARROWS', to: `${p}-c1` }); // self relation
    bundle.claims[0].about.push(`${p}-nowhere`); // unknown reference
    const error = await expectRejected(bundle);
    expect(error.extensions.problems).toEqual([
      { path: 'attributions[1].quote', id: `${p}-a2`, message: expect.stringContaining('only allowed on a DIRECT_QUOTE') },
      { path: 'relations[1].to', id: `${p}-c1`, message: 'a claim cannot be related to itself' },
      { path: 'claims[0].about[1]', id: `${p}-nowhere`, message: expect.stringContaining(`unknown entity id "${p}-nowhere"`) },
      { path: 'attributions[0].speaker', id: `${p}-nobody`, message: expect.stringContaining(`unknown entity id "${p}-nobody"`) },
    ]);
    expect(error.message).toMatch(/^attributions\[1\]\.quote: .* \(and 3 more problems: see extensions\.problems\)$/);
  });

  test('several malformed fields are all listed', async () => {
    const p = uniqueId('val-many2');
    const bundle = validBundle(p);
    bundle.claims[0].text = '';
    bundle.entities[0].wikidataId = 'wikidata:794';
    bundle.document.url = 'not a url';
    bundle.document.language = 'English';
    const error = await expectRejected(bundle);
    expect(error.extensions.problems!.map((x) => [x.path, x.id])).toEqual([
      ['document.url', `${p}-doc`],
      ['document.language', `${p}-doc`],
      ['entities[0].wikidataId', `${p}-outlet`],
      ['claims[0].text', `${p}-c1`],
    ]);
  });
});

describe('atomicity', () => {
  test('a bundle with a large valid part and one bad reference writes nothing at all', async () => {
    const p = uniqueId('val-atomic');
    const bundle = validBundle(p);
    for (let i = 0; i < 20; i += 1) {
      bundle.entities.push({ id: `${p}-e${i}`, name: `Entity ${i} ${p}`, kind: 'GROUP', affiliations: [{ entity: 'united-states' }] });
      bundle.claims.push({ id: `${p}-x${i}`, text: `Extra claim ${i} ${p}`, about: [`${p}-e${i}`, 'iran'] });
      bundle.attributions.push({ id: `${p}-ax${i}`, claim: `${p}-x${i}`, speaker: `${p}-e${i}`, mode: 'PARAPHRASE', stance: 'DENIES' });
    }
    bundle.attributions[12].via = `${p}-not-there`;
    const error = await expectRejected(bundle);
    expect(error.extensions.problems).toEqual([expect.objectContaining({ path: 'attributions[12].via', id: `${p}-not-there` })]);
  });

  test('a bad bundle that would also update existing nodes leaves them as they were', async () => {
    const p = uniqueId('val-atomic2');
    await server.query(INGEST, { input: validBundle(p) });
    const read = () =>
      server.cypher(
        `MATCH (n) WHERE n.id IN $ids
         RETURN n.id AS id, properties(n) AS props, COLLECT { MATCH (n)-[r]->(m) RETURN type(r) + '>' + m.id AS link ORDER BY link } AS links
         ORDER BY id`,
        { ids: bundleIds(validBundle(p)) },
      );
    const before = await read();

    const changed = validBundle(p);
    changed.claims[0].text = 'A changed text';
    changed.entities[2].description = 'A new description';
    changed.attributions[0].speaker = `${p}-author`;
    changed.document.publisher = null;
    changed.relations.push({ from: `${p}-c1`, type: 'SUPPORTS', to: `${p}-unknown-claim` });
    const error = await expectRejected(changed, { idsMustNotExist: [] });
    expect(error.extensions.problems).toEqual([expect.objectContaining({ path: 'relations[1].to', id: `${p}-unknown-claim` })]);
    expect(await read()).toEqual(before);
  });
});
