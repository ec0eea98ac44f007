import { parseBundle, type BundleEntity } from '../../src/ingest/bundle';
import { resolveEntity, type GraphFacts } from '../../src/ingest/entityResolution';
import { nameKeys } from '../../src/entity/nameKey';

/** resolveEntity decides, from graph facts, what each bundle entity is. */

function entity(e: Record<string, unknown>): BundleEntity {
  return parseBundle({ document: { id: 'd', title: 'T', kind: 'OTHER' }, entities: [{ kind: 'PERSON', ...e }] }).entities[0];
}

function facts(f: Partial<GraphFacts> = {}): GraphFacts {
  return { existingEntityIds: new Set(), redirects: new Map(), nameMatches: [], wikidataMatches: [], ...f };
}

const hossein = { id: 'hossein-amirabdollahian', kind: 'PERSON' as const, nameKeys: nameKeys('Hossein Amirabdollahian', ['Amirabdollahian']) };

test('a new id with no match is CREATED under its own id', () => {
  expect(resolveEntity(entity({ id: 'new', name: 'Nobody' }), facts())).toEqual({ bundleId: 'new', resolvedId: 'new', resolution: 'CREATED' });
});

test('an id already in the graph is SAME_ID, even when its name matches another entity', () => {
  const r = resolveEntity(entity({ id: 'x', name: 'Hossein Amirabdollahian' }), facts({ existingEntityIds: new Set(['x']), nameMatches: [hossein] }));
  expect(r).toEqual({ bundleId: 'x', resolvedId: 'x', resolution: 'SAME_ID' });
});

test('an id known as a redirect is KNOWN_ALIAS_ID to its target', () => {
  const r = resolveEntity(entity({ id: 'old-id', name: 'Whatever' }), facts({ redirects: new Map([['old-id', 'target']]) }));
  expect(r).toEqual({ bundleId: 'old-id', resolvedId: 'target', resolution: 'KNOWN_ALIAS_ID' });
});

test('the same Wikidata id resolves, before names are compared', () => {
  const r = resolveEntity(
    entity({ id: 'new', name: 'Hossein Amirabdollahian', wikidataId: 'Q123' }),
    facts({ wikidataMatches: [{ id: 'by-wikidata', kind: 'PERSON', wikidataId: 'Q123' }], nameMatches: [hossein] }),
  );
  expect(r).toEqual({ bundleId: 'new', resolvedId: 'by-wikidata', resolution: 'WIKIDATA' });
});

test('a Wikidata match for another Wikidata id does not count', () => {
  const r = resolveEntity(entity({ id: 'new', name: 'N', wikidataId: 'Q1' }), facts({ wikidataMatches: [{ id: 'other', kind: 'PERSON', wikidataId: 'Q2' }] }));
  expect(r.resolution).toBe('CREATED');
});

test('several entities with one Wikidata id: the smallest id wins (stable)', () => {
  const r = resolveEntity(
    entity({ id: 'new', name: 'N', wikidataId: 'Q1' }),
    facts({ wikidataMatches: [{ id: 'zeta', kind: 'PERSON', wikidataId: 'Q1' }, { id: 'alpha', kind: 'PERSON', wikidataId: 'Q1' }] }),
  );
  expect(r.resolvedId).toBe('alpha');
});

test.each([
  ['hyphenated spelling', 'Hossein Amir-Abdollahian'],
  ['upper case', 'HOSSEIN AMIRABDOLLAHIAN'],
  ['diacritics and extra spaces', '  Hosséin   Amírabdollahian '],
])('a normalised name match resolves by NAME (%s)', (_, name) => {
  const r = resolveEntity(entity({ id: 'new', name }), facts({ nameMatches: [hossein] }));
  expect(r).toEqual({ bundleId: 'new', resolvedId: 'hossein-amirabdollahian', resolution: 'NAME' });
});

test('a bundle alias matching an existing alias resolves by NAME', () => {
  const r = resolveEntity(entity({ id: 'new', name: 'The Iranian foreign minister', aliases: ['Amir Abdollahian'] }), facts({ nameMatches: [hossein] }));
  expect(r.resolution).toBe('NAME');
  expect(r.resolvedId).toBe('hossein-amirabdollahian');
});

test('a name match of an incompatible kind does not resolve: a PERSON is not a COUNTRY', () => {
  const r = resolveEntity(
    entity({ id: 'georgia-person', name: 'Georgia', kind: 'PERSON' }),
    facts({ nameMatches: [{ id: 'georgia', kind: 'COUNTRY', nameKeys: ['georgia'] }] }),
  );
  expect(r.resolution).toBe('CREATED');
  expect(r.resolvedId).toBe('georgia-person');
});

test('OTHER is compatible with every kind, in both directions', () => {
  const other = resolveEntity(entity({ id: 'n1', name: 'Georgia', kind: 'OTHER' }), facts({ nameMatches: [{ id: 'georgia', kind: 'COUNTRY', nameKeys: ['georgia'] }] }));
  expect(other.resolvedId).toBe('georgia');
  const intoOther = resolveEntity(entity({ id: 'n2', name: 'Georgia', kind: 'COUNTRY' }), facts({ nameMatches: [{ id: 'g-other', kind: 'OTHER', nameKeys: ['georgia'] }] }));
  expect(intoOther.resolvedId).toBe('g-other');
});

test('among several name matches the same kind is preferred, then the smallest id', () => {
  const matches = [
    { id: 'a-other', kind: 'OTHER' as const, nameKeys: ['georgia'] },
    { id: 'z-country', kind: 'COUNTRY' as const, nameKeys: ['georgia'] },
    { id: 'm-country', kind: 'COUNTRY' as const, nameKeys: ['georgia'] },
  ];
  expect(resolveEntity(entity({ id: 'n', name: 'Georgia', kind: 'COUNTRY' }), facts({ nameMatches: matches })).resolvedId).toBe('m-country');
  expect(resolveEntity(entity({ id: 'n', name: 'Georgia', kind: 'COUNTRY' }), facts({ nameMatches: [...matches].reverse() })).resolvedId).toBe('m-country');
});

test('a name match whose keys do not overlap does not resolve', () => {
  const r = resolveEntity(entity({ id: 'n', name: 'Hossein' }), facts({ nameMatches: [hossein] }));
  expect(r.resolution).toBe('CREATED');
});
