import type { KnownEntity } from '../../src/extract/extractionTypes';
import { knownFromBundles } from '../../src/extract/knownFromBundles';
import { extract, only } from './extract-helpers';

/** Speakers resolve against known entities by name and alias, ignoring case, accents and punctuation. */
const known: KnownEntity[] = [
  { id: 'zoe-angstrom', name: 'Zoë Ångström', kind: 'PERSON', aliases: [] },
  { id: 'brill-council', name: 'Brill City Council', kind: 'ORGANIZATION', aliases: ['Brill Council'] },
  { id: 'norland', name: 'Norland', kind: 'COUNTRY', aliases: [] },
  { id: 'velgrad', name: 'Velgrad', kind: 'LOCATION', aliases: [], speaksFor: 'norland' },
  { id: 'us-officials', name: 'US officials', kind: 'GROUP', aliases: [], anonymous: true },
];

test('name without accents, alias in another case', () => {
  const a = only(extract('Zoe Angstrom said the museum would open in April.', known));
  expect(a).toMatchObject({ speakerCanonical: 'Zoë Ångström', speakerEntityId: 'zoe-angstrom' });
  const b = only(extract('The BRILL COUNCIL said that rates would rise next year.', known));
  expect(b).toMatchObject({ speakerCanonical: 'Brill City Council', speakerEntityId: 'brill-council' });
});

test('"the Norlandian government" is the country; a capital speaks for its country', () => {
  expect(only(extract('The Norlandian government said the border was open.', known)).speakerEntityId).toBe('norland');
  expect(only(extract('Velgrad says the border is open again.', known))).toMatchObject({ speakerEntityId: 'norland', speakerCanonical: 'Norland' });
});

test('a known anonymous group keeps its anonymous flag', () => {
  expect(only(extract('US officials said the talks would resume.', known))).toMatchObject({ speakerEntityId: 'us-officials', anonymous: true });
});

test('no entity id without a match', () => {
  const item = only(extract('Mara Quist said the tram would be late.', known));
  expect(item.speakerEntityId).toBeUndefined();
  expect(item.speakerCanonical).toBe('Mara Quist');
});

test('knownFromBundles reads names, aliases, anonymous flags and "capital of" affiliations', () => {
  const entities = knownFromBundles([
    {
      entities: [
        { id: 'a', name: 'Alpha', kind: 'COUNTRY', aliases: ['Alphaland'] },
        { id: 'b', name: 'Beta City', kind: 'LOCATION', affiliations: [{ entity: 'a', role: 'capital of' }] },
      ],
    },
    { entities: [{ id: 'a', name: 'Duplicate', kind: 'OTHER' }] },
  ]);
  expect(entities).toEqual([
    { id: 'a', name: 'Alpha', kind: 'COUNTRY', aliases: ['Alphaland'], anonymous: false, speaksFor: null },
    { id: 'b', name: 'Beta City', kind: 'LOCATION', aliases: [], anonymous: false, speaksFor: 'a' },
  ]);
});
