import { parseBundle, type Bundle } from '../../src/ingest/bundle';
import type { LookupResult } from '../../src/ingest/ingestRepository';
import { planWrites } from '../../src/ingest/ingestService';
import { nameKeys } from '../../src/entity/nameKey';
import { BadUserInputError, type InputProblem } from '../../src/shared/errors';

/** planWrites: from a bundle and what the graph holds, the problems, the writes and the result. */

const NOW = new Date('2024-01-02T03:04:05.000Z');

function lookup(f: Partial<LookupResult> = {}): LookupResult {
  return { entities: [], redirects: [], documents: [], claims: [], attributions: [], nameMatches: [], wikidataMatches: [], viaChains: [], relations: [], reviews: [], ...f };
}

function bundle(extra: Record<string, unknown> = {}): Bundle {
  return parseBundle({ document: { id: 'doc-1', title: 'T', kind: 'NEWS_ARTICLE' }, ...extra });
}

function problems(b: Bundle, facts: LookupResult, ruleProblems?: InputProblem[]): InputProblem[] {
  try {
    planWrites(b, facts, NOW, ruleProblems);
  } catch (e) {
    expect(e).toBeInstanceOf(BadUserInputError);
    return (e as BadUserInputError).problems;
  }
  throw new Error('expected planWrites to reject the bundle');
}

const attribution = (id: string, more: Record<string, unknown> = {}) => ({ id, claim: 'c1', speaker: 'e1', mode: 'PARAPHRASE', stance: 'ASSERTS', ...more });

describe('reference problems', () => {
  test('every unknown reference is named with its path, id and kind', () => {
    const b = bundle({
      document: { id: 'doc-1', title: 'T', kind: 'NEWS_ARTICLE', publisher: 'nobody-pub', authors: ['nobody-author'] },
      entities: [{ id: 'e1', name: 'E', kind: 'PERSON', affiliations: [{ entity: 'nobody-org' }] }],
      claims: [{ id: 'c1', text: 'x', about: ['nobody-about'] }],
      attributions: [attribution('a1', { claim: 'no-claim', speaker: 'no-speaker', document: 'no-doc', via: 'no-via', basis: 'no-basis' })],
      relations: [{ from: 'no-from', type: 'SUPPORTS', to: 'no-to' }],
    });
    const p = problems(b, lookup());
    expect(p.map((x) => [x.path, x.id])).toEqual([
      ['document.publisher', 'nobody-pub'],
      ['document.authors[0]', 'nobody-author'],
      ['entities[0].affiliations[0].entity', 'nobody-org'],
      ['claims[0].about[0]', 'nobody-about'],
      ['attributions[0].claim', 'no-claim'],
      ['attributions[0].speaker', 'no-speaker'],
      ['attributions[0].document', 'no-doc'],
      ['attributions[0].via', 'no-via'],
      ['attributions[0].basis', 'no-basis'],
      ['relations[0].from', 'no-from'],
      ['relations[0].to', 'no-to'],
    ]);
    expect(p[0].message).toBe('unknown entity id "nobody-pub": it is neither in this bundle nor in the graph');
    expect(p[4].message).toContain('unknown claim id "no-claim"');
    expect(p[6].message).toContain('unknown document id "no-doc"');
    expect(p[7].message).toContain('unknown attribution id "no-via"');
  });

  test('references to ids in the graph, or to redirected entity ids, are fine', () => {
    const b = bundle({ claims: [{ id: 'c1', text: 'x', about: ['iran', 'old-iran-id'] }], attributions: [attribution('a1', { speaker: 'iran', via: 'g-attr', basis: 'g-doc' })] });
    const { write } = planWrites(
      b,
      lookup({ entities: ['iran'], redirects: [{ id: 'old-iran-id', target: 'iran' }], attributions: ['g-attr'], documents: ['g-doc'], viaChains: [{ id: 'g-attr', chain: ['g-attr'] }] }),
      NOW,
    );
    expect(write.claims).toEqual([{ id: 'c1', text: 'x', about: ['iran'] }]);
    expect(write.attributions[0]).toMatchObject({ id: 'a1', speaker: 'iran', claim: 'c1', document: 'doc-1', via: 'g-attr', basis: 'g-doc' });
  });

  test('a redirect without a target (dangling) does not make an id known', () => {
    const b = bundle({ claims: [{ id: 'c1', text: 'x', about: ['gone'] }] });
    expect(problems(b, lookup({ redirects: [{ id: 'gone', target: null }] })).map((p) => p.path)).toEqual(['claims[0].about[0]']);
  });

  test('rule problems found before the lookup are listed together with the reference problems', () => {
    const b = bundle({ claims: [{ id: 'c1', text: 'x', about: ['nobody'] }] });
    const rule = { path: 'attributions[0].quote', id: 'a1', message: 'a quote is only allowed on a DIRECT_QUOTE attribution; this one is PARAPHRASE' };
    expect(problems(b, lookup(), [rule]).map((p) => p.path)).toEqual(['attributions[0].quote', 'claims[0].about[0]']);
  });
});

describe('via cycles against the graph', () => {
  test('re-pointing an existing attribution back into the chain that reaches it is a cycle', () => {
    // Graph: g1 -[VIA]-> g2. The bundle re-defines g2 to relay g1.
    const b = bundle({ claims: [{ id: 'c1', text: 'x' }], entities: [{ id: 'e1', name: 'E', kind: 'PERSON' }], attributions: [attribution('g2', { via: 'g1' })] });
    const p = problems(b, lookup({ attributions: ['g1', 'g2'], viaChains: [{ id: 'g1', chain: ['g1', 'g2'] }] }));
    expect(p).toEqual([{ path: 'attributions[0].via', id: 'g2', message: 'via makes a cycle: attribution "g2" leads back to itself' }]);
  });

  test('the bundle\'s own via wins over the graph\'s: re-pointing both members breaks the old chain, no cycle', () => {
    const b = bundle({
      claims: [{ id: 'c1', text: 'x' }],
      entities: [{ id: 'e1', name: 'E', kind: 'PERSON' }],
      attributions: [attribution('g1'), attribution('g2', { via: 'g1' })],
    });
    const { write } = planWrites(b, lookup({ attributions: ['g1', 'g2'] }), NOW);
    expect(write.attributions.map((a) => [a.id, a.via])).toEqual([['g1', null], ['g2', 'g1']]);
  });
});

describe('entity resolution in the plan', () => {
  const b = bundle({
    document: { id: 'doc-1', title: 'T', kind: 'NEWS_ARTICLE', publisher: 'new-cnn', authors: ['writer', 'writer-2'] },
    entities: [
      { id: 'new-cnn', name: 'C.N.N.', kind: 'ORGANIZATION' },
      { id: 'writer', name: 'A Writer', kind: 'PERSON', affiliations: [{ entity: 'new-cnn', role: 'Correspondent' }] },
      { id: 'writer-2', name: 'Other Writer', kind: 'PERSON', wikidataId: 'Q7' },
      { id: 'iran', name: 'Iran', kind: 'COUNTRY', description: 'a country' },
    ],
    claims: [{ id: 'c1', text: 'x', about: ['new-cnn', 'cnn'] }],
    attributions: [attribution('a1', { speaker: 'new-cnn' })],
  });
  const facts = lookup({
    entities: ['cnn', 'iran'],
    nameMatches: [{ id: 'cnn', kind: 'ORGANIZATION', nameKeys: ['cnn', 'cablenewsnetwork'] }],
    wikidataMatches: [{ id: 'w2', kind: 'PERSON', wikidataId: 'Q7' }],
    claims: [],
  });
  const { write, result } = planWrites(b, facts, NOW);

  test('the result maps every bundle entity to what it resolved to', () => {
    expect(result.resolvedEntities).toEqual([
      { bundleId: 'new-cnn', resolvedId: 'cnn', resolution: 'NAME' },
      { bundleId: 'writer', resolvedId: 'writer', resolution: 'CREATED' },
      { bundleId: 'writer-2', resolvedId: 'w2', resolution: 'WIKIDATA' },
      { bundleId: 'iran', resolvedId: 'iran', resolution: 'SAME_ID' },
    ]);
    expect(result.entities).toEqual({ created: 1, matched: 3 });
  });

  test('created and same-id entities are upserted; resolved ones are written as redirects with their names', () => {
    expect(write.upsertEntities.map((e) => e.id)).toEqual(['writer', 'iran']);
    expect(write.upsertEntities[1]).toEqual({ id: 'iran', name: 'Iran', kind: 'COUNTRY', anonymous: false, description: 'a country', wikidataId: null, aliases: [], nameKeys: ['iran'] });
    expect(write.resolveEntities).toEqual([
      { id: 'new-cnn', targetId: 'cnn', resolution: 'NAME', name: 'C.N.N.', aliases: [], nameKeys: ['cnn'], description: null, wikidataId: null },
      { id: 'writer-2', targetId: 'w2', resolution: 'WIKIDATA', name: 'Other Writer', aliases: [], nameKeys: nameKeys('Other Writer'), description: null, wikidataId: 'Q7' },
    ]);
  });

  test('every reference to a resolved id is rewritten to the resolved entity', () => {
    expect(write.documents[0]).toMatchObject({ id: 'doc-1', publisher: 'cnn', authors: ['writer', 'w2'] });
    expect(write.affiliations).toEqual([{ from: 'writer', to: 'cnn', role: 'Correspondent', key: 'correspondent', since: null, until: null }]);
    // about: ['new-cnn', 'cnn'] both mean cnn, kept once
    expect(write.claims).toEqual([{ id: 'c1', text: 'x', about: ['cnn'] }]);
    expect(write.attributions[0].speaker).toBe('cnn');
  });

  test('the write carries the clock time', () => {
    expect(write.now).toBe('2024-01-02T03:04:05.000Z');
  });
});

describe('counts', () => {
  test('created vs matched per kind, from what the graph already holds', () => {
    const b = bundle({
      documents: [{ id: 'doc-2', title: 'R', kind: 'REPORT' }],
      entities: [{ id: 'e1', name: 'E', kind: 'PERSON' }],
      claims: [{ id: 'c1', text: 'x' }, { id: 'c2', text: 'y' }],
      attributions: [attribution('a1'), attribution('a2')],
      relations: [{ from: 'c1', type: 'SUPPORTS', to: 'c2' }, { from: 'c2', type: 'NARROWS', to: 'c1' }],
    });
    const { result } = planWrites(
      b,
      lookup({ documents: ['doc-2'], claims: ['c1'], attributions: ['a1', 'a2'], relations: [{ from: 'c1', type: 'SUPPORTS', to: 'c2' }] }),
      NOW,
    );
    expect(result).toMatchObject({
      documentId: 'doc-1',
      entities: { created: 1, matched: 0 },
      documents: { created: 1, matched: 1 },
      claims: { created: 1, matched: 1 },
      attributions: { created: 0, matched: 2 },
      relations: { created: 1, matched: 1 },
    });
  });

  test('a relation listed twice is counted once', () => {
    const b = bundle({
      claims: [{ id: 'c1', text: 'x' }, { id: 'c2', text: 'y' }],
      relations: [{ from: 'c1', type: 'SUPPORTS', to: 'c2' }, { from: 'c1', type: 'SUPPORTS', to: 'c2' }, { from: 'c2', type: 'SUPPORTS', to: 'c1' }],
    });
    expect(planWrites(b, lookup(), NOW).result.relations).toEqual({ created: 2, matched: 0 });
  });

  test('an empty bundle writes only its document', () => {
    const { write, result } = planWrites(bundle(), lookup(), NOW);
    expect(write.documents).toHaveLength(1);
    expect([write.upsertEntities, write.resolveEntities, write.affiliations, write.claims, write.attributions, write.relations]).toEqual([[], [], [], [], [], []]);
    expect(result.documents).toEqual({ created: 1, matched: 0 });
    expect(result.resolvedEntities).toEqual([]);
  });
});
