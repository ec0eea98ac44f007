import fs from 'node:fs';
import path from 'node:path';
import { parseBundle } from '../../src/ingest/bundle';
import { checkBundleRules } from '../../src/ingest/bundleRules';
import { extractDraftBundle, stripDraft } from '../../src/extract/draftBundle';
import { knownFromBundles } from '../../src/extract/knownFromBundles';

/** The draft bundle: the ingest format plus confidences; stripDraft gives a bundle the ingest accepts. */
const SEED_ARTICLE = '/work/shared/seed/russia-ukraine-news-2022-11-21.txt';
const seedBundle = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/seed/cnn-2022-11-21-live.json'), 'utf8'));
const known = knownFromBundles([seedBundle]);
const seedText = fs.readFileSync(SEED_ARTICLE, 'utf8');
const seedDoc = { title: 'November 21, 2022 Russia-Ukraine news', publisher: 'CNN', publishedAt: '2022-11-21T12:00:00.000Z' };

test('stripDraft(extractDraftBundle(seed)) passes the real bundle parser and rules', () => {
  const draft = extractDraftBundle(seedText, seedDoc, { known });
  const bundle = parseBundle(stripDraft(draft));
  expect(checkBundleRules(bundle)).toEqual([]);
  expect(bundle.document).toMatchObject({ kind: 'NEWS_ARTICLE', publisher: 'cnn', language: 'en', title: seedDoc.title });
  expect(bundle.attributions.length).toBe(draft.attributions.length);
  expect(JSON.stringify(stripDraft(draft))).not.toContain('confidence');
});

test('confidence on every claim and attribution; known speakers are referenced, not re-declared', () => {
  const draft = extractDraftBundle(seedText, seedDoc, { known });
  for (const x of [...draft.claims, ...draft.attributions]) {
    expect(x.confidence).toBeGreaterThan(0);
    expect(x.confidence).toBeLessThanOrEqual(1);
  }
  const declared = draft.entities.map((e) => e.id);
  expect(declared).not.toContain('cnn');
  expect(declared).not.toContain('adrienne-watson');
  expect(draft.attributions.some((a) => a.speaker === 'adrienne-watson' && a.mode === 'DIRECT_QUOTE' && a.quote?.startsWith('Iran and Russia can lie'))).toBe(true);
  const claimIds = new Set(draft.claims.map((c) => c.id));
  const attrIds = new Set(draft.attributions.map((a) => a.id));
  for (const a of draft.attributions) {
    expect(claimIds.has(a.claim)).toBe(true);
    if (a.via) expect(attrIds.has(a.via)).toBe(true);
  }
});

test('ids are deterministic for the same text and document, and differ for another document', () => {
  const a = extractDraftBundle(seedText, seedDoc, { known });
  expect(extractDraftBundle(seedText, seedDoc, { known })).toEqual(a);
  const b = extractDraftBundle(seedText, { ...seedDoc, url: 'https://example.com/other' }, { known });
  expect(b.document.id).not.toBe(a.document.id);
  expect(b.attributions[0].id).not.toBe(a.attributions[0].id);
});

test('modes: DIRECT -> DIRECT_QUOTE with the quote, INDIRECT -> PARAPHRASE, MIXED -> DIRECT_QUOTE with the quoted words', () => {
  const text = 'Mara Quist said, “The line opens in May.” Quist said the delay was “entirely avoidable” and costly. Tomas Reyes said fares would rise.';
  const draft = extractDraftBundle(text, { title: 'Trams', publisher: 'Harbour Times' });
  const quotes = draft.attributions.map((a) => [a.mode, a.quote]);
  expect(quotes).toContainEqual(['DIRECT_QUOTE', 'The line opens in May']);
  expect(quotes).toContainEqual(['DIRECT_QUOTE', 'entirely avoidable']);
  expect(quotes).toContainEqual(['PARAPHRASE', null]);
  // Unknown speakers and the unknown publisher become new entities.
  expect(draft.entities.map((e) => [e.id, e.kind, e.anonymous])).toEqual(
    expect.arrayContaining([
      ['harbour-times', 'ORGANIZATION', false],
      ['mara-quist', 'PERSON', false],
      ['tomas-reyes', 'PERSON', false],
    ]),
  );
  expect(draft.document.publisher).toBe('harbour-times');
  expect(checkBundleRules(parseBundle(stripDraft(draft)))).toEqual([]);
});

test('the document id comes from the given id, else the url or title; anonymous speakers are anonymous entities', () => {
  const text = 'Officials said the border would stay closed.';
  expect(extractDraftBundle(text, { id: 'doc-1', title: 'Border' }).document.id).toBe('doc-1');
  const draft = extractDraftBundle(text, { url: 'https://news.example.org/border', title: 'Border' });
  expect(draft.document.id).toMatch(/^news-example-org-border-[0-9a-f]{6}$/);
  expect(draft.document.url).toBe('https://news.example.org/border');
  expect(draft.entities).toEqual([{ id: 'officials', name: 'Officials', kind: 'GROUP', aliases: [], anonymous: true, description: 'Officials' }]);
  expect(parseBundle(stripDraft(draft)).document.title).toBe('Border');
});
