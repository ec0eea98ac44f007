import { resolveAnnotations, occurrences, type AnnotationSpec } from '../../src/extract/eval/annotate';
import { checkSplit } from '../../src/extract/eval/checkSet';
import { loadSplit } from '../../src/extract/eval/goldSet';
import type { GoldFile } from '../../src/extract/eval/goldTypes';
import { validateGold } from '../../src/extract/eval/validateGold';

const TEXT = 'The minister said the plan was dead. "We are done," he said. "Nothing more." Officials said he was tired.';

const SPEC: AnnotationSpec = {
  document: { title: 'tiny' },
  attributions: [
    { content: 'the plan was dead', speaker: 'The minister', speakerCanonical: 'Ana Ruiz', cue: 'said', mode: 'INDIRECT' },
    { content: { from: 'We are done', to: 'Nothing more' }, speaker: 'he', speakerCanonical: 'Ana Ruiz', cue: 'said', mode: 'DIRECT' },
    { content: 'he was tired', speaker: 'Officials', cue: 'said', mode: 'INDIRECT', anonymous: true },
  ],
};

test('occurrences respect word boundaries: "he" is not found inside "The" or "there"', () => {
  expect(occurrences('The he there he.', 'he')).toEqual([4, 13]);
  expect(occurrences('say "x," he', '"x,"')).toEqual([4]);
});

test('the annotation tool fills offsets from span texts, picking the speaker and cue nearest the content', () => {
  const gold = resolveAnnotations(TEXT, SPEC);
  const [a1, a2, a3] = gold.attributions;
  expect(a1).toEqual({
    id: 'a1', content: { text: 'the plan was dead', start: 18, end: 35 }, speaker: { text: 'The minister', start: 0, end: 12 },
    speakerCanonical: 'Ana Ruiz', cue: { text: 'said', start: 13, end: 17 }, mode: 'INDIRECT', anonymous: false, stance: 'ASSERTS', via: null,
  });
  // Split quote: one item from the first quote's start to the last quote's end; its cue sits inside.
  expect(a2.content).toEqual({ text: 'We are done," he said. "Nothing more', start: 38, end: 74 });
  expect(a2.cue).toEqual({ text: 'said', start: 55, end: 59 });
  expect(a2.speaker).toEqual({ text: 'he', start: 52, end: 54 });
  // "he" inside the content is not its speaker; "said" nearest to "he was tired" is the one just before it.
  expect(a3.speaker).toEqual({ text: 'Officials', start: 77, end: 86 });
  expect(a3.cue).toEqual({ text: 'said', start: 87, end: 91 });
  expect(a3.speakerCanonical).toBe('Officials');
  expect(validateGold(TEXT, gold)).toEqual([]);
});

test('the annotation tool refuses ambiguous or missing spans instead of guessing', () => {
  expect(() => resolveAnnotations(TEXT, { document: { title: 't' }, attributions: [{ content: 'said', speaker: null, cue: null, mode: 'DIRECT' }] })).toThrow(/occurs 3 times/);
  expect(() => resolveAnnotations(TEXT, { document: { title: 't' }, attributions: [{ content: 'not here', speaker: null, cue: null, mode: 'DIRECT' }] })).toThrow(/not found/);
  const pinned = resolveAnnotations(TEXT, { document: { title: 't' }, attributions: [{ content: 'said', contentOcc: 2, speaker: null, cue: null, mode: 'DIRECT' }] });
  expect(pinned.attributions[0].content.start).toBe(87);
});

test('the validator reports non-verbatim spans, duplicate ids, dangling via and invalid enums', () => {
  const gold = resolveAnnotations(TEXT, SPEC);
  const broken: GoldFile = JSON.parse(JSON.stringify(gold));
  broken.attributions[0].content.start += 1;
  broken.attributions[1].id = 'a3';
  broken.attributions[2].via = 'a9';
  (broken.attributions[2] as { mode: string }).mode = 'QUOTE';
  (broken.attributions[2] as { stance: string }).stance = 'BELIEVES';
  const problems = validateGold(TEXT, broken, 'doc');
  expect(problems).toEqual([
    expect.stringMatching(/^doc a1 content: not verbatim/),
    'doc a3: duplicate id',
    'doc a3: invalid mode "QUOTE"',
    'doc a3: invalid stance "BELIEVES"',
    'doc a3: via "a9" is dangling',
  ]);
  const selfVia: GoldFile = JSON.parse(JSON.stringify(gold));
  selfVia.attributions[0].via = 'a1';
  expect(validateGold(TEXT, selfVia, 'doc')).toEqual(['doc a1: via points at itself']);
});

test('the shipped evaluation set is valid and large enough: 6 dev and 10 test documents, >= 80 test attributions', () => {
  const dev = checkSplit('dev');
  const test = checkSplit('test');
  expect(dev.problems).toEqual([]);
  expect(test.problems).toEqual([]);
  expect(dev.documents).toBe(6);
  expect(test.documents).toBe(10);
  expect(test.attributions).toBeGreaterThanOrEqual(80);
  for (const doc of [...loadSplit('dev'), ...loadSplit('test')]) {
    const words = doc.text.split(/\s+/).filter(Boolean).length;
    expect([doc.name, words >= 250 && words <= 700]).toEqual([doc.name, true]);
    expect(doc.text.startsWith('# FICTIONAL TEXT')).toBe(true);
  }
});

test('the test split covers every mode, every stance, anonymous sources and nested attributions', () => {
  const items = loadSplit('test').flatMap((d) => d.gold.attributions);
  expect(new Set(items.map((a) => a.mode))).toEqual(new Set(['DIRECT', 'INDIRECT', 'MIXED']));
  expect(new Set(items.map((a) => a.stance))).toEqual(new Set(['ASSERTS', 'ACKNOWLEDGES', 'DENIES', 'QUESTIONS']));
  expect(items.filter((a) => a.anonymous).length).toBeGreaterThanOrEqual(20);
  expect(items.filter((a) => a.via !== null).length).toBeGreaterThanOrEqual(5);
});
