import fs from 'node:fs';
import { extractAttributions } from '../../src/extract/extractAttributions';
import { expectVerbatim } from './extract-helpers';

/** The contract: every span is verbatim at its offsets, ids follow content order, via points at ids, confidence in 0..1. */
const SEED_ARTICLE = '/work/shared/seed/russia-ukraine-news-2022-11-21.txt';

const TEXTS = [
  'Mayor Clara Voss said, “Fares will fall.” Officials said the tram would be late, according to the Harbour Times.',
  '“We will appeal,”\u00a0the union’s lawyer, Ana Ruiz, said on Friday. She added that the ruling was “deeply flawed.”\n\nThe ruling stands, a court clerk said.',
  'Résumé of the day: Zoë Ångström told reporters that the café would close. “It is sad,” she said. 🙂 Emoji before: the owner said prices rose.',
  'According to a report by the Evening Post, two officials said the budget was cut. Radio Nord, citing diplomats, said talks had stalled.',
  '"A long quote that runs on and on\n\n"and continues here," said the speaker, Jo Lin.',
];

test.each(TEXTS.map((t, i) => [i, t]))('text %i: verbatim spans, ordered ids, valid via and confidence', (_i, text) => {
  const items = extractAttributions(text as string);
  expect(items.length).toBeGreaterThan(0);
  expectVerbatim(text as string, items);
  items.forEach((item, k) => {
    expect(item.id).toBe(`x${k + 1}`);
    if (k > 0) expect(item.content.start).toBeGreaterThanOrEqual(items[k - 1].content.start);
    expect(item.confidence).toBeGreaterThanOrEqual(0);
    expect(item.confidence).toBeLessThanOrEqual(1);
    if (item.via) expect(items.map((x) => x.id)).toContain(item.via);
    expect(item.via).not.toBe(item.id);
  });
});

test('the seed article: verbatim spans and deterministic output', () => {
  const text = fs.readFileSync(SEED_ARTICLE, 'utf8');
  const items = extractAttributions(text);
  expect(items.length).toBeGreaterThanOrEqual(15);
  expectVerbatim(text, items);
  expect(extractAttributions(text)).toEqual(items);
});

test('empty and speech-free texts give no items', () => {
  expect(extractAttributions('')).toEqual([]);
  expect(extractAttributions('The river rose two metres overnight. Schools stayed closed.')).toEqual([]);
});
