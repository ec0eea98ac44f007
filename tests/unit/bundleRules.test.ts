import { parseBundle, type Bundle } from '../../src/ingest/bundle';
import { bundleIds, checkBundleRules, externalReferences, references, viaCycles } from '../../src/ingest/bundleRules';

/** Rules a bundle must satisfy on its own, the references it makes, and via cycles. */

function bundle(extra: Record<string, unknown> = {}): Bundle {
  return parseBundle({ document: { id: 'doc-1', title: 'T', kind: 'NEWS_ARTICLE' }, ...extra });
}

const attribution = (id: string, more: Record<string, unknown> = {}) => ({ id, claim: 'c1', speaker: 'e1', mode: 'PARAPHRASE', stance: 'ASSERTS', ...more });

describe('references', () => {
  const b = bundle({
    document: { id: 'doc-1', title: 'T', kind: 'NEWS_ARTICLE', publisher: 'cnn', authors: ['writer'] },
    documents: [{ id: 'doc-2', title: 'R', kind: 'REPORT', publisher: 'gov' }],
    entities: [{ id: 'e1', name: 'E', kind: 'PERSON', affiliations: [{ entity: 'org', role: 'spokesperson' }] }],
    claims: [{ id: 'c1', text: 'x', about: ['e1', 'iran'] }],
    attributions: [attribution('a1', { via: 'a0', basis: 'doc-2' }), attribution('a2', { claim: 'c9', speaker: 'e9', document: 'doc-9' })],
    relations: [{ from: 'c1', type: 'NARROWS', to: 'c0' }],
  });

  test('lists every reference with its JSON path and kind', () => {
    expect(references(b)).toEqual([
      { path: 'document.publisher', kind: 'Entity', id: 'cnn' },
      { path: 'document.authors[0]', kind: 'Entity', id: 'writer' },
      { path: 'documents[0].publisher', kind: 'Entity', id: 'gov' },
      { path: 'entities[0].affiliations[0].entity', kind: 'Entity', id: 'org' },
      { path: 'claims[0].about[0]', kind: 'Entity', id: 'e1' },
      { path: 'claims[0].about[1]', kind: 'Entity', id: 'iran' },
      { path: 'attributions[0].claim', kind: 'Claim', id: 'c1' },
      { path: 'attributions[0].speaker', kind: 'Entity', id: 'e1' },
      { path: 'attributions[0].document', kind: 'Document', id: 'doc-1' },
      { path: 'attributions[0].via', kind: 'Attribution', id: 'a0' },
      { path: 'attributions[0].basis', kind: 'Document', id: 'doc-2' },
      { path: 'attributions[1].claim', kind: 'Claim', id: 'c9' },
      { path: 'attributions[1].speaker', kind: 'Entity', id: 'e9' },
      { path: 'attributions[1].document', kind: 'Document', id: 'doc-9' },
      { path: 'relations[0].from', kind: 'Claim', id: 'c1' },
      { path: 'relations[0].to', kind: 'Claim', id: 'c0' },
    ]);
  });

  test('external references are those to ids the bundle does not define (per kind)', () => {
    expect(externalReferences(b).map((r) => `${r.kind}:${r.id}`)).toEqual([
      'Entity:cnn', 'Entity:writer', 'Entity:gov', 'Entity:org', 'Entity:iran',
      'Attribution:a0', 'Claim:c9', 'Entity:e9', 'Document:doc-9', 'Claim:c0',
    ]);
  });

  test('bundleIds collects the ids defined per kind, the main document included', () => {
    const ids = bundleIds(b);
    expect([...ids.Document]).toEqual(['doc-1', 'doc-2']);
    expect([...ids.Entity]).toEqual(['e1']);
    expect([...ids.Claim]).toEqual(['c1']);
    expect([...ids.Attribution]).toEqual(['a1', 'a2']);
  });

  test('an id defined as another kind is still external: a claim id is not an entity', () => {
    const b2 = bundle({ claims: [{ id: 'same', text: 'x', about: ['same'] }] });
    expect(externalReferences(b2)).toEqual([{ path: 'claims[0].about[0]', kind: 'Entity', id: 'same' }]);
  });
});

describe('checkBundleRules', () => {
  test('a clean bundle has no problems', () => {
    expect(checkBundleRules(bundle({ attributions: [attribution('a1'), attribution('a2', { mode: 'DIRECT_QUOTE', quote: 'We did.' })] }))).toEqual([]);
  });

  test('a quote on a non-DIRECT_QUOTE attribution', () => {
    expect(checkBundleRules(bundle({ attributions: [attribution('a1', { mode: 'REPORTED', quote: 'words' })] }))).toEqual([
      { path: 'attributions[0].quote', id: 'a1', message: 'a quote is only allowed on a DIRECT_QUOTE attribution; this one is REPORTED' },
    ]);
  });

  test('a DIRECT_QUOTE without a quote', () => {
    const problems = checkBundleRules(bundle({ attributions: [attribution('a1', { mode: 'DIRECT_QUOTE' })] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'attributions[0].quote', id: 'a1' });
    expect(problems[0].message).toContain('DIRECT_QUOTE');
  });

  test('duplicate ids within each list, with both positions', () => {
    const problems = checkBundleRules(
      bundle({
        entities: [{ id: 'e1', name: 'A', kind: 'PERSON' }, { id: 'e1', name: 'B', kind: 'PERSON' }],
        claims: [{ id: 'c1', text: 'x' }, { id: 'c2', text: 'y' }, { id: 'c1', text: 'z' }],
        attributions: [attribution('a1'), attribution('a1')],
      }),
    );
    expect(problems).toEqual([
      { path: 'entities[1].id', id: 'e1', message: 'duplicate id "e1" (also at entities[0])' },
      { path: 'claims[2].id', id: 'c1', message: 'duplicate id "c1" (also at claims[0])' },
      { path: 'attributions[1].id', id: 'a1', message: 'duplicate id "a1" (also at attributions[0])' },
    ]);
  });

  test('a document listed twice, or repeating the main document, is named at its real path', () => {
    const problems = checkBundleRules(
      bundle({
        documents: [
          { id: 'doc-1', title: 'again', kind: 'REPORT' },
          { id: 'doc-2', title: 'R', kind: 'REPORT' },
          { id: 'doc-2', title: 'R again', kind: 'REPORT' },
        ],
      }),
    );
    expect(problems).toEqual([
      { path: 'documents[0].id', id: 'doc-1', message: 'duplicate id "doc-1" (also at document)' },
      { path: 'documents[2].id', id: 'doc-2', message: 'duplicate id "doc-2" (also at documents[1])' },
    ]);
  });

  test('the same id under different kinds is not a duplicate', () => {
    expect(checkBundleRules(bundle({ entities: [{ id: 'x', name: 'X', kind: 'PERSON' }], claims: [{ id: 'x', text: 'x' }] }))).toEqual([]);
  });

  test('via pointing at the attribution itself', () => {
    expect(checkBundleRules(bundle({ attributions: [attribution('a1', { via: 'a1' })] }))).toEqual([
      { path: 'attributions[0].via', id: 'a1', message: 'attribution "a1" cannot relay itself' },
    ]);
  });

  test('a claim related to itself', () => {
    expect(checkBundleRules(bundle({ relations: [{ from: 'c1', type: 'SUPPORTS', to: 'c1' }] }))).toEqual([
      { path: 'relations[0].to', id: 'c1', message: 'a claim cannot be related to itself' },
    ]);
  });

  test('an entity affiliated with itself, and an affiliation that ends before it starts', () => {
    const problems = checkBundleRules(
      bundle({
        entities: [
          { id: 'e1', name: 'E', kind: 'PERSON', affiliations: [{ entity: 'e1' }, { entity: 'org', since: '2022-01-01', until: '2021-01-01' }] },
        ],
      }),
    );
    expect(problems).toEqual([
      { path: 'entities[0].affiliations[0].entity', id: 'e1', message: 'an entity cannot be affiliated with itself' },
      { path: 'entities[0].affiliations[1].until', id: 'e1', message: 'is before `since`' },
    ]);
  });
});

describe('viaCycles', () => {
  const none = () => null;

  test('a chain that ends is fine', () => {
    const b = bundle({ attributions: [attribution('a1', { via: 'a2' }), attribution('a2', { via: 'a3' }), attribution('a3')] });
    const next = (id: string) => ({ a1: 'a2', a2: 'a3' } as Record<string, string>)[id] ?? null;
    expect(viaCycles(b, next)).toEqual([]);
  });

  test('a two-element cycle inside the bundle is reported on both members', () => {
    const b = bundle({ attributions: [attribution('a1', { via: 'a2' }), attribution('a2', { via: 'a1' })] });
    const next = (id: string) => ({ a1: 'a2', a2: 'a1' } as Record<string, string>)[id] ?? null;
    expect(viaCycles(b, next)).toEqual([
      { path: 'attributions[0].via', id: 'a1', message: 'via makes a cycle: attribution "a1" leads back to itself' },
      { path: 'attributions[1].via', id: 'a2', message: 'via makes a cycle: attribution "a2" leads back to itself' },
    ]);
  });

  test('a self-reference is a cycle', () => {
    const b = bundle({ attributions: [attribution('a1', { via: 'a1' })] });
    expect(viaCycles(b, none).map((p) => p.path)).toEqual(['attributions[0].via']);
  });

  test('a cycle through the graph: the bundle re-points g2, which the graph chain g1 -> g2 leads back to', () => {
    // Graph: g1 -[VIA]-> g2. The bundle re-defines g2 to relay g1.
    const b = bundle({ attributions: [attribution('g2', { via: 'g1' })] });
    const graph: Record<string, string | null> = { g1: 'g2', g2: null };
    const next = (id: string) => (id === 'g2' ? 'g1' : graph[id] ?? null);
    expect(viaCycles(b, next)).toEqual([
      { path: 'attributions[0].via', id: 'g2', message: 'via makes a cycle: attribution "g2" leads back to itself' },
    ]);
  });

  test('a cycle that does not pass through an attribution is not blamed on it, and the walk terminates', () => {
    // a1 -> x -> y -> x (x and y are outside the bundle, already cyclic): a1 is not part of it.
    const b = bundle({ attributions: [attribution('a1', { via: 'x' })] });
    const next = (id: string) => ({ x: 'y', y: 'x' } as Record<string, string>)[id] ?? null;
    expect(viaCycles(b, next)).toEqual([]);
  });

  test('attributions without via are never in a cycle', () => {
    expect(viaCycles(bundle({ attributions: [attribution('a1'), attribution('a2')] }), () => 'a1')).toEqual([]);
  });
});
