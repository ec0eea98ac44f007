import { bySpeaker, extract } from './extract-helpers';

/** Pronouns, descriptions ("the minister"), surnames and titles resolve to the named speaker. */

test('she / he resolve to the last named person of that gender, the mention stays verbatim', () => {
  const items = extract(
    'Mayor Clara Voss opened the session on Monday. “We will cut fares for students,” she said. Economy Minister Jonas Berg said growth had slowed. He added that exports were strong.',
  );
  const she = items.find((i) => i.speaker?.text === 'she')!;
  expect(she.speakerCanonical).toBe('Clara Voss');
  const he = items.find((i) => i.speaker?.text === 'He')!;
  expect(he.speakerCanonical).toBe('Jonas Berg');
  expect(he.content.text).toBe('exports were strong');
});

test('"the minister" resolves to the earlier speaker with that title', () => {
  const items = extract('Foreign Minister Piet Aalders said the talks had been useful. The minister added that a deal was close.');
  expect(bySpeaker(items, 'Piet Aalders')).toHaveLength(2);
  expect(items[1].speaker?.text).toBe('The minister');
});

test('they resolves to the last group of speakers', () => {
  const items = extract('Union members said the strike would continue. They added that the talks had failed.');
  expect(items[1]).toMatchObject({ speakerCanonical: 'Union members', anonymous: true });
});

test('a surname alone resolves to the full name seen before', () => {
  const items = extract('Carla Mendes said the port was full. Mendes said that six ships were waiting offshore.');
  expect(items.map((i) => i.speakerCanonical)).toEqual(['Carla Mendes', 'Carla Mendes']);
  expect(items[1].speaker?.text).toBe('Mendes');
});

test('titles before names are dropped from the canonical name', () => {
  const items = extract('White House press secretary Dana Holt said the visit was cancelled. Deputy Foreign Minister Omar Sahin said the date would move.');
  expect(items.map((i) => i.speakerCanonical)).toEqual(['Dana Holt', 'Omar Sahin']);
});

test('an appositive name is the canonical speaker', () => {
  const items = extract('The port’s chief executive, Marta Vinter, denied that the talks had failed.');
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({ speakerCanonical: 'Marta Vinter', stance: 'DENIES' });
  expect(items[0].content.text).toBe('the talks had failed');
});

test('a pronoun with no antecedent keeps a null canonical speaker and a lower confidence', () => {
  const [item] = extract('He said the bridge was safe to use.');
  expect(item.speakerCanonical).toBeNull();
  expect(item.confidence).toBeLessThan(0.85);
});
