import { formatReport } from '../../src/extract/eval/formatReport';
import { loadSplit } from '../../src/extract/eval/goldSet';
import type { GoldDocument, PredictedAttribution } from '../../src/extract/eval/goldTypes';
import { runEval } from '../../src/extract/eval/runEval';
import { seedCoverage, speakerMatches, type SeedBundle } from '../../src/extract/eval/seedCoverage';

// A stand-in extractor for the runner (the real one is src/extract/, measured by `npm run eval:extract`).
function oracle(docs: GoldDocument[]) {
  return (text: string): PredictedAttribution[] => docs.find((d) => d.text === text)!.gold.attributions.map((a) => ({ ...a }));
}

test('the gold answers themselves score 1 everywhere and meet every goal', () => {
  const docs = loadSplit('dev');
  const result = runEval(docs, oracle(docs));
  expect(result.micro.metrics).toEqual({
    precision: 1, recall: 1, f1: 1, speakerAccuracy: 1, directSpeakerAccuracy: 1, modeAccuracy: 1, anonymousF1: 1, nestedRecall: 1,
  });
  expect(result.goals.map((g) => g.met)).toEqual([true, true, true, true, true]);
  expect(result.micro.counts.gold).toBe(docs.reduce((n, d) => n + d.gold.attributions.length, 0));
});

test('an extractor that throws on a document scores nothing there and the run goes on', () => {
  const docs = loadSplit('dev').slice(0, 2);
  const answers = oracle(docs);
  const result = runEval(docs, (text) => {
    if (text === docs[0].text) throw new Error('boom');
    return answers(text);
  });
  expect(result.documents[0]).toMatchObject({ error: 'boom', counts: { predicted: 0, matched: 0 } });
  expect(result.documents[1].metrics.f1).toBe(1);
  expect(result.micro.counts.matched).toBe(docs[1].gold.attributions.length);
  const report = formatReport(result);
  expect(report).toContain('(extractor error)');
  expect(report).toContain('| detection F1 | >= 0.80 |');
});

test('an empty extractor misses every goal, with n/a where nothing could be measured', () => {
  const result = runEval(loadSplit('test'), () => []);
  expect(result.micro.metrics.recall).toBe(0);
  expect(result.micro.metrics.speakerAccuracy).toBeNull();
  expect(result.goals.every((g) => !g.met)).toBe(true);
  expect(formatReport(result)).toMatch(/speaker accuracy, overall \| >= 0\.80 \| n\/a \| MISSED/);
});

const ARTICLE = 'A source familiar with the plan said Iran is sending drone blueprints to Russia. "We sent a few drones," Ali Reza said.';
const BUNDLE: SeedBundle = {
  document: { id: 'doc', publisher: 'cnn' },
  entities: [
    { id: 'src', name: 'Source familiar with the plan', kind: 'PERSON', aliases: [], anonymous: true },
    { id: 'ali', name: 'Ali Reza', kind: 'PERSON', aliases: ['Minister Reza'] },
    { id: 'cnn', name: 'CNN', kind: 'ORGANIZATION', aliases: [] },
  ],
  claims: [
    { id: 'c1', text: 'Iran has started handing Russia blueprints for attack drones.' },
    { id: 'c2', text: 'Iran supplied a small number of drones.' },
    { id: 'c3', text: 'Drones matter.' },
  ],
  attributions: [
    { id: 'a-src', claim: 'c1', speaker: 'src', mode: 'PARAPHRASE', cue: 'said', quote: null, document: 'doc' },
    { id: 'a-ali', claim: 'c2', speaker: 'ali', mode: 'DIRECT_QUOTE', cue: 'said', quote: 'We sent a few drones', document: 'doc' },
    { id: 'a-cnn', claim: 'c3', speaker: 'cnn', mode: 'REPORTED', cue: null, quote: null, document: 'doc' },
  ],
};

function item(id: string, content: string, canonical: string | null, anonymous = false, speaker: string | null = null): PredictedAttribution {
  const start = ARTICLE.indexOf(content);
  const s = speaker === null ? null : { text: speaker, start: ARTICLE.indexOf(speaker), end: ARTICLE.indexOf(speaker) + speaker.length };
  return { id, content: { text: content, start, end: start + content.length }, speaker: s, speakerCanonical: canonical, cue: null, mode: 'INDIRECT', anonymous, stance: 'ASSERTS', via: null };
}

test('seed coverage: paraphrased claims match by shared word stems, quotes by position, speakers by name or anonymity', () => {
  const extracted = [
    item('x1', 'Iran is sending drone blueprints to Russia', 'a source familiar with the plan', true, 'A source familiar with the plan'),
    item('x2', 'We sent a few drones', 'Reza'),
  ];
  const rows = seedCoverage(ARTICLE, BUNDLE, extracted);
  // c1 stems: iran start handi russi bluep attac drone -> 4 of 7 shared (iran russi bluep drone) >= 0.4
  expect(rows.map((r) => [r.id, r.found, r.by, r.publisherVoice])).toEqual([
    ['a-src', true, 'x1', false],
    ['a-ali', true, 'x2', false],
    ['a-cnn', false, null, true],
  ]);
});

test('seed coverage: a wrong speaker, or content sharing too few words, is a miss', () => {
  const rows = seedCoverage(ARTICLE, BUNDLE, [
    item('x1', 'Iran is sending drone blueprints to Russia', 'Ali Reza'),
    item('x2', 'drones', 'Ali Reza'), // 1 of 5 quote tokens
  ]);
  expect(rows.map((r) => r.found)).toEqual([false, false, false]);
  const ali = BUNDLE.entities[1];
  expect(speakerMatches(item('x', 'drones', 'Minister Reza'), ali)).toBe(true); // alias
  expect(speakerMatches(item('x', 'drones', 'Ali Hassan'), ali)).toBe(false); // one shared first name is not enough
  expect(speakerMatches(item('x', 'drones', 'Foreign Minister Ali Reza'), ali)).toBe(true); // the name inside a longer mention
  // Both anonymous but nothing in common: "officials" is not "a source familiar with the plan".
  expect(speakerMatches(item('x', 'drones', 'officials', true, 'drone'), BUNDLE.entities[0])).toBe(false);
});
