import { extract, only } from './extract-helpers';

/** Unnamed sources are anonymous; a named spokesperson is not. */

test.each([
  'Officials said the border would stay closed for another week.',
  'US officials said the border would stay closed for another week.',
  'Two people familiar with the matter said the border would stay closed.',
  'A senior official said the border would stay closed for another week.',
  'A spokesperson for the ministry said the border would stay closed.',
  'Diplomats said the border would stay closed for another week.',
  'A person briefed on the talks said the border would stay closed.',
  'Sources said the border would stay closed for another week.',
  'An aide said the border would stay closed for another week.',
  'The border will stay closed for another week, a source familiar with the plans said.',
])('%s -> anonymous', (text) => {
  const item = only(extract(text));
  expect(item.anonymous).toBe(true);
  expect(item.content.text).toMatch(/border will stay closed|border would stay closed/);
});

test('a spokesperson with a name is not anonymous', () => {
  const item = only(extract('Ministry spokesperson Ines Garde said the talks were over.'));
  expect(item).toMatchObject({ anonymous: false, speakerCanonical: 'Ines Garde' });
});

test('an anonymous source keeps its description as the canonical speaker', () => {
  const item = only(extract('A person familiar with the negotiations said a deal was close.'));
  expect(item.speakerCanonical).toBe('Person familiar with the negotiations');
});
