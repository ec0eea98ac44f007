import { expectVerbatim, extract, only } from './extract-helpers';

/** Reported speech: X said (that) …; …, X said; according to X; X told Y that …; stance and MIXED. */

test('X said that …', () => {
  const text = 'Council leader Mara Quist said that the tram line would be finished by 2027.';
  const item = only(extract(text));
  expect(item).toMatchObject({ mode: 'INDIRECT', speakerCanonical: 'Mara Quist', stance: 'ASSERTS' });
  expect(item.content.text).toBe('the tram line would be finished by 2027');
  expect(item.cue?.text).toBe('said');
  expectVerbatim(text, [item]);
});

test('…, X said. and …, said X.', () => {
  const a = only(extract('The tram line will be finished by 2027, Quist said on Tuesday.'));
  expect(a.content.text).toBe('The tram line will be finished by 2027');
  expect(a.speaker?.text).toBe('Quist');
  const b = only(extract('The tram line is already over budget, said a council engineer.'));
  expect(b.content.text).toBe('The tram line is already over budget');
  expect(b).toMatchObject({ anonymous: true, speaker: expect.objectContaining({ text: 'a council engineer' }) });
});

test('According to X, … and …, according to X.', () => {
  const a = only(extract('According to the transport ministry, ticket sales rose by a third.'));
  expect(a).toMatchObject({ mode: 'INDIRECT', stance: 'ASSERTS' });
  expect(a.speaker?.text).toBe('the transport ministry');
  expect(a.content.text).toBe('ticket sales rose by a third');
  const b = only(extract('Ticket sales rose by a third, according to the transport ministry.'));
  expect(b.content.text).toBe('Ticket sales rose by a third');
  expect(b.cue?.text).toBe('according to');
});

test('X told Y that …', () => {
  const item = only(extract('Quist told the council that fares would be frozen until spring.'));
  expect(item.cue?.text).toBe('told the council');
  expect(item.content.text).toBe('fares would be frozen until spring');
});

test('quoted words inside reported speech make it MIXED', () => {
  const item = only(extract('Quist said the delay was “entirely avoidable” and blamed the contractor.'));
  expect(item.mode).toBe('MIXED');
  expect(item.content.text).toBe('the delay was “entirely avoidable” and blamed the contractor');
});

test.each([
  ['The contractor denied that it had missed any deadlines.', 'DENIES'],
  ['Quist acknowledged that costs had risen sharply.', 'ACKNOWLEDGES'],
  ['Quist admitted that the opening date had slipped.', 'ACKNOWLEDGES'],
  ['Auditors questioned whether the figures were reliable.', 'QUESTIONS'],
  ['The regulator warned that prices could climb again.', 'ASSERTS'],
  ['The contractor rejected claims that it had cut corners.', 'DENIES'],
])('stance of %s', (text, stance) => {
  expect(only(extract(text)).stance).toBe(stance);
});

test('a second verb sharing the subject is its own item, and the first clause ends before it', () => {
  const items = extract('A company spokesperson said the release was necessary, and insisted that residents had been warned.');
  expect(items.map((i) => [i.content.text, i.stance])).toEqual([
    ['the release was necessary', 'ASSERTS'],
    ['residents had been warned', 'ASSERTS'],
  ]);
  expect(items.every((i) => i.anonymous)).toBe(true);
});

test('words that look like cues but are not speech give nothing', () => {
  expect(extract('The said contract was signed in 2020 and runs for ten years.')).toEqual([]);
  expect(extract('She told the story of the old tram to a group of children.')).toEqual([]);
  expect(extract('Ferry operator claims record season')).toEqual([]);
});

test('a bare definite object ("reported the agreement") takes the earlier content it refers to', () => {
  const items = extract('According to the ministry, the two towns signed an agreement on water rights. The Valley Courier first reported the agreement.');
  const courier = items.find((i) => i.speaker?.text === 'The Valley Courier')!;
  expect(courier.cue?.text).toBe('first reported');
  expect(courier.content.text).toBe('the two towns signed an agreement on water rights');
  expect(courier.confidence).toBeLessThanOrEqual(0.6);
});
