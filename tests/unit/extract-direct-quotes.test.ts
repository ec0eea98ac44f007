import { expectVerbatim, extract, only } from './extract-helpers';

/** Direct quotations: the shapes of quote, cue and speaker, split quotes, multi-paragraph quotes. */

test('"quote," cue speaker (curly quotes)', () => {
  const text = '“The bridge will reopen in May,” said Mayor Clara Voss.';
  const item = only(extract(text));
  expect(item).toMatchObject({ mode: 'DIRECT', speakerCanonical: 'Clara Voss', stance: 'ASSERTS', anonymous: false, via: null, id: 'x1' });
  expect(item.content.text).toBe('The bridge will reopen in May');
  expect(item.cue?.text).toBe('said');
  expect(item.speaker?.text).toBe('Mayor Clara Voss');
  expect(item.confidence).toBeGreaterThanOrEqual(0.9);
  expectVerbatim(text, [item]);
});

test('"quote," speaker cue (straight quotes) with a title before the name', () => {
  const text = '"We expect a ruling within weeks," harbour authority spokesperson Tomas Reyes said.';
  const item = only(extract(text));
  expect(item).toMatchObject({ mode: 'DIRECT', speakerCanonical: 'Tomas Reyes', anonymous: false });
  expect(item.content.text).toBe('We expect a ruling within weeks');
  expect(item.speaker?.text).toBe('harbour authority spokesperson Tomas Reyes');
});

test('speaker cue, "quote" and speaker cue: "quote"', () => {
  const a = only(extract('Finance Minister Leo Brandt said, “Taxes will not rise this year.”'));
  expect(a).toMatchObject({ mode: 'DIRECT', speakerCanonical: 'Leo Brandt' });
  expect(a.content.text).toBe('Taxes will not rise this year');
  const b = only(extract('Mayor Clara Voss told reporters: "The budget is balanced for the first time in a decade."'));
  expect(b).toMatchObject({ mode: 'DIRECT', speakerCanonical: 'Clara Voss' });
  expect(b.cue?.text).toBe('told reporters');
  expect(b.content.text).toBe('The budget is balanced for the first time in a decade');
});

test('a split quote is one attribution spanning both parts', () => {
  const text = '“The plan is sound,” Voss said, “and it will save the city money.”';
  const item = only(extract(text));
  expect(item.content.text).toBe('The plan is sound,” Voss said, “and it will save the city money');
  expect(item.speakerCanonical).toBe('Voss');
});

test('a quote running over paragraphs continues until its closing mark', () => {
  const text = [
    'Engineer Ada Lind described the repair. “The first crack appeared in March and grew slowly all summer.',
    '“By October we had to close the east lane,” Lind said.',
  ].join('\n\n');
  const item = only(extract(text));
  expect(item.content.text.startsWith('The first crack appeared in March')).toBe(true);
  expect(item.content.text.endsWith('we had to close the east lane')).toBe(true);
  expect(item.speakerCanonical).toBe('Ada Lind');
  expectVerbatim(text, [item]);
});

test('a short quoted term without a cue is a scare quote, not speech', () => {
  expect(extract('The small drones are known as “loitering munitions” in the trade press.')).toEqual([]);
});

test('a second quote right after the attributed one joins it', () => {
  const text = '“We stayed until midnight,” Reyes said in a statement. “The other side walked out.”';
  const item = only(extract(text));
  expect(item.content.text.endsWith('The other side walked out')).toBe(true);
});
