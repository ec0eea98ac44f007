import { formatPath, LIMITS, parseBundle } from '../../src/ingest/bundle';
import { BadUserInputError, type InputProblem } from '../../src/shared/errors';

/** The bundle format's parsing: defaults, normalisation, and one clear problem per malformed field. */

const minimal = () => ({ document: { id: 'doc-1', title: 'A title', kind: 'NEWS_ARTICLE' } });

function problemsOf(input: unknown): InputProblem[] {
  try {
    parseBundle(input);
  } catch (e) {
    expect(e).toBeInstanceOf(BadUserInputError);
    expect((e as BadUserInputError).extensions.code).toBe('BAD_USER_INPUT');
    return (e as BadUserInputError).problems;
  }
  throw new Error('expected parseBundle to reject the input');
}

describe('parseBundle: valid input', () => {
  test('a minimal bundle gets empty lists and null optional fields', () => {
    expect(parseBundle(minimal())).toEqual({
      document: { id: 'doc-1', title: 'A title', kind: 'NEWS_ARTICLE', url: null, publishedAt: null, language: null, publisher: null, authors: [] },
      documents: [],
      entities: [],
      claims: [],
      attributions: [],
      relations: [],
      reviews: [],
    });
  });

  test('null lists are read as empty lists', () => {
    const b = parseBundle({ ...minimal(), documents: null, entities: null, claims: null, attributions: null, relations: null });
    expect([b.documents, b.entities, b.claims, b.attributions, b.relations]).toEqual([[], [], [], [], []]);
  });

  test('entities get defaults: no aliases, not anonymous, no description, no affiliations', () => {
    const b = parseBundle({ ...minimal(), entities: [{ id: 'e1', name: '  Someone  ', kind: 'PERSON' }] });
    expect(b.entities).toEqual([
      { id: 'e1', name: 'Someone', kind: 'PERSON', aliases: [], wikidataId: null, anonymous: false, description: null, affiliations: [] },
    ]);
  });

  test('an attribution without a document is recorded in the bundle document; an explicit one is kept', () => {
    const b = parseBundle({
      ...minimal(),
      documents: [{ id: 'doc-2', title: 'Other', kind: 'REPORT' }],
      attributions: [
        { id: 'a1', claim: 'c1', speaker: 'e1', mode: 'PARAPHRASE', stance: 'ASSERTS' },
        { id: 'a2', claim: 'c1', speaker: 'e1', mode: 'REPORTED', stance: 'DENIES', document: 'doc-2', firstReport: true },
      ],
    });
    expect(b.attributions.map((a) => [a.id, a.document, a.firstReport, a.via, a.basis, a.quote, a.cue, a.statedAt])).toEqual([
      ['a1', 'doc-1', false, null, null, null, null, null],
      ['a2', 'doc-2', true, null, null, null, null, null],
    ]);
  });

  test('dates become UTC ISO strings; a bare date is midnight UTC', () => {
    const b = parseBundle({
      document: { ...minimal().document, publishedAt: '2022-11-21T14:30:00+02:00' },
      attributions: [{ id: 'a1', claim: 'c1', speaker: 'e1', mode: 'PARAPHRASE', stance: 'ASSERTS', statedAt: '2022-11-20' }],
    });
    expect(b.document.publishedAt).toBe('2022-11-21T12:30:00.000Z');
    expect(b.attributions[0].statedAt).toBe('2022-11-20T00:00:00.000Z');
  });

  test('texts are trimmed', () => {
    const b = parseBundle({ ...minimal(), claims: [{ id: 'c1', text: '  Drones were delivered.\n', about: ['iran'] }] });
    expect(b.claims).toEqual([{ id: 'c1', text: 'Drones were delivered.', about: ['iran'] }]);
  });

  test('texts at exactly the limit are accepted', () => {
    const b = parseBundle({ ...minimal(), claims: [{ id: 'c1', text: 'x'.repeat(LIMITS.text) }] });
    expect(b.claims[0].text).toHaveLength(LIMITS.text);
  });
});

describe('parseBundle: problems', () => {
  test('a wrong enum names the path, the value and the allowed values', () => {
    const problems = problemsOf({ ...minimal(), attributions: [{ id: 'a1', claim: 'c1', speaker: 'e1', mode: 'SHOUTED', stance: 'ASSERTS' }] });
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('attributions[0].mode');
    expect(problems[0].id).toBe('a1');
    expect(problems[0].message).toContain('"SHOUTED"');
    expect(problems[0].message).toContain('DIRECT_QUOTE, PARAPHRASE, REPORTED');
  });

  test('every wrong enum is reported: document kind, entity kind, stance, relation type', () => {
    const problems = problemsOf({
      document: { id: 'doc-1', title: 'T', kind: 'BLOG' },
      entities: [{ id: 'e1', name: 'E', kind: 'ALIEN' }],
      attributions: [{ id: 'a1', claim: 'c1', speaker: 'e1', mode: 'PARAPHRASE', stance: 'SHRUGS' }],
      relations: [{ from: 'c1', type: 'LIKES', to: 'c2' }],
    });
    expect(problems.map((p) => p.path)).toEqual(['document.kind', 'entities[0].kind', 'attributions[0].stance', 'relations[0].type']);
    expect(problems.map((p) => p.id)).toEqual(['doc-1', 'e1', 'a1', undefined]);
  });

  test('a missing required field is "is required"; a field of the wrong type says what it must be', () => {
    const problems = problemsOf({ ...minimal(), claims: [{ id: 'c1' }, { id: 'c2', text: 5 }], entities: 'none' });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'claims[0].text', id: 'c1', message: 'is required' },
        { path: 'claims[1].text', id: 'c2', message: 'must be a string' },
      ]),
    );
    const entities = problems.find((p) => p.path === 'entities');
    expect(entities?.message).not.toBe('is required');
    expect(entities?.message).toMatch(/list/);
  });

  test('a bundle that is not an object is rejected at the root', () => {
    for (const input of [null, 'bundle', 42, []]) {
      expect(problemsOf(input)).toEqual([{ path: '(bundle)', message: 'a bundle must be a JSON object' }]);
    }
    expect(problemsOf(undefined)).toEqual([{ path: '(bundle)', message: 'is required' }]);
  });

  test('unknown keys are rejected, at the root and inside items (strict objects)', () => {
    const root = problemsOf({ ...minimal(), colour: 'red' });
    expect(root).toHaveLength(1);
    expect(root[0].path).toBe('(bundle)');
    expect(root[0].message).toContain('colour');
    const nested = problemsOf({ ...minimal(), claims: [{ id: 'c1', text: 'x', topic: 'drones' }] });
    expect(nested).toHaveLength(1);
    expect(nested[0]).toMatchObject({ path: 'claims[0]', id: 'c1' });
    expect(nested[0].message).toContain('topic');
  });

  test('empty, whitespace-only and over-long texts', () => {
    const problems = problemsOf({
      document: { id: 'doc-1', title: '   ', kind: 'NEWS_ARTICLE' },
      claims: [
        { id: 'c1', text: '' },
        { id: 'c2', text: 'x'.repeat(LIMITS.text + 1) },
      ],
      entities: [{ id: 'e1', name: '\t\n', kind: 'PERSON' }],
    });
    expect(problems).toEqual([
      { path: 'document.title', id: 'doc-1', message: 'must not be empty' },
      { path: 'entities[0].name', id: 'e1', message: 'must not be empty' },
      { path: 'claims[0].text', id: 'c1', message: 'must not be empty' },
      { path: 'claims[1].text', id: 'c2', message: `must be at most ${LIMITS.text} characters` },
    ]);
  });

  test('ids must be plain tokens of bounded length', () => {
    const problems = problemsOf({
      ...minimal(),
      claims: [
        { id: 'has space', text: 'x' },
        { id: '-leading-dash', text: 'x' },
        { id: 'a'.repeat(LIMITS.id + 1), text: 'x' },
        { id: '', text: 'x' },
        { id: 'ok', text: 'x', about: ['bad/slash'] },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual(['claims[0].id', 'claims[1].id', 'claims[2].id', 'claims[3].id', 'claims[4].about[0]']);
    expect(problems[0].message).toMatch(/letters, digits/);
    expect(problems[2].message).toBe(`must be at most ${LIMITS.id} characters`);
    expect(problems[3].message).toBe('must not be empty');
    expect(problems[4].id).toBe('ok');
  });

  test('bad dates, URLs, language codes and Wikidata ids', () => {
    const problems = problemsOf({
      document: { id: 'doc-1', title: 'T', kind: 'NEWS_ARTICLE', publishedAt: '2022-02-30', url: 'ftp://x', language: 'English' },
      entities: [{ id: 'e1', name: 'E', kind: 'PERSON', wikidataId: '794', affiliations: [{ entity: 'e2', since: 'yesterday' }] }],
    });
    expect(problems.map((p) => p.path)).toEqual(['document.url', 'document.publishedAt', 'document.language', 'entities[0].wikidataId', 'entities[0].affiliations[0].since']);
    expect(problems[1].message).toContain('"2022-02-30"');
    expect(problems[4]).toMatchObject({ id: 'e1' });
    expect(problems[4].message).toContain('"yesterday"');
  });

  test('a date-time without a time zone is rejected', () => {
    const problems = problemsOf({ document: { ...minimal().document, publishedAt: '2022-11-21T12:00:00' } });
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('document.publishedAt');
  });

  test('the error message names the first problem and counts the rest', () => {
    try {
      parseBundle({ document: { id: 'doc-1', title: '', kind: 'X' } });
      throw new Error('expected a rejection');
    } catch (e) {
      expect((e as Error).message).toMatch(/^document\.title: must not be empty \(and 1 more problem: see extensions\.problems\)$/);
    }
  });
});

test('formatPath joins keys with dots and indexes with brackets', () => {
  expect(formatPath(['attributions', 3, 'via'])).toBe('attributions[3].via');
  expect(formatPath(['entities', 0, 'affiliations', 2, 'entity'])).toBe('entities[0].affiliations[2].entity');
  expect(formatPath([])).toBe('');
  expect(formatPath(['document'])).toBe('document');
});
