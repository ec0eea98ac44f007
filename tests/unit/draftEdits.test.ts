import { applyEdits, relocateProblems } from '../../src/draft/draftEdits';
import type { DraftBundleRecord } from '../../src/draft/draftRecord';

/** acceptDraft's edits: what they leave out, change and keep, and where their problems point. */

function bundle(): DraftBundleRecord {
  const span = (text: string, start: number) => ({ text, start, end: start + text.length });
  return {
    document: { id: 'doc-1', title: 'Bridge', url: null, kind: 'NEWS_ARTICLE', publishedAt: null, publisher: 'e-post' },
    entities: [
      { id: 'e-post', name: 'The Post', kind: 'ORGANIZATION', aliases: [], anonymous: false, description: null },
      { id: 'e-mayor', name: 'Elena Varga', kind: 'PERSON', aliases: [], anonymous: false, description: null },
      { id: 'e-officials', name: 'officials', kind: 'GROUP', aliases: [], anonymous: true, description: 'officials' },
    ],
    claims: [
      { id: 'c1', text: 'The bridge is unsafe.', about: [], confidence: 0.9 },
      { id: 'c2', text: 'Repairs cost $40 million.', about: [], confidence: 0.6 },
    ],
    attributions: [
      { id: 'a1', claim: 'c1', speaker: 'e-mayor', mode: 'DIRECT_QUOTE', stance: 'ASSERTS', cue: 'said', quote: 'it is unsafe', via: null, confidence: 0.9, item: 'x1' },
      { id: 'a2', claim: 'c2', speaker: 'e-officials', mode: 'PARAPHRASE', stance: 'ASSERTS', cue: 'said', quote: null, via: null, confidence: 0.6, item: 'x2' },
      { id: 'a3', claim: 'c2', speaker: 'e-post', mode: 'REPORTED', stance: 'ASSERTS', cue: 'reported', quote: null, via: 'a2', confidence: 0.5, item: 'x3' },
    ],
    items: [
      { id: 'x1', content: span('it is unsafe', 10), speaker: null, speakerCanonical: 'Elena Varga', cue: null, mode: 'DIRECT', anonymous: false, stance: 'ASSERTS', via: null, confidence: 0.9 },
      { id: 'x2', content: span('repairs cost', 40), speaker: null, speakerCanonical: 'officials', cue: null, mode: 'INDIRECT', anonymous: true, stance: 'ASSERTS', via: null, confidence: 0.6 },
      { id: 'x3', content: span('repairs cost', 40), speaker: null, speakerCanonical: 'The Post', cue: null, mode: 'INDIRECT', anonymous: false, stance: 'ASSERTS', via: 'x2', confidence: 0.5 },
    ],
  };
}

test('no edits: the bundle without confidences and items, every claim and attribution kept', () => {
  const out = applyEdits('d1', bundle(), null);
  expect(out.problems).toEqual([]);
  expect(out.documentId).toBe('doc-1');
  expect(out.input).not.toHaveProperty('items');
  expect((out.input.claims as object[])[0]).toEqual({ id: 'c1', text: 'The bridge is unsafe.', about: [] });
  expect((out.input.attributions as object[])[2]).toEqual({ id: 'a3', claim: 'c2', speaker: 'e-post', mode: 'REPORTED', stance: 'ASSERTS', cue: 'reported', quote: null, via: 'a2' });
  expect(out.attributions).toEqual([{ id: 'a1', confidence: 0.9 }, { id: 'a2', confidence: 0.6 }, { id: 'a3', confidence: 0.5 }]);
});

test('dropping an item drops its attribution, unlinks what relayed it and leaves out its unused speaker', () => {
  const out = applyEdits('d1', bundle(), { drop: ['x2'] });
  expect(out.problems).toEqual([]);
  const attributions = out.input.attributions as { id: string; via: string | null }[];
  expect(attributions.map((a) => a.id)).toEqual(['a1', 'a3']);
  expect(attributions[1].via).toBeNull();
  expect((out.input.entities as { id: string }[]).map((e) => e.id)).toEqual(['e-post', 'e-mayor']);
  // c2 is still stated by a3.
  expect((out.input.claims as { id: string }[]).map((c) => c.id)).toEqual(['c1', 'c2']);
});

test('dropping a claim takes its attributions; dropping its last attribution takes the claim', () => {
  expect((applyEdits('d1', bundle(), { drop: ['c2'] }).input.attributions as { id: string }[]).map((a) => a.id)).toEqual(['a1']);
  const out = applyEdits('d1', bundle(), { drop: ['a1'] });
  expect((out.input.claims as { id: string }[]).map((c) => c.id)).toEqual(['c2']);
  expect(out.claims).toEqual([{ id: 'c2', confidence: 0.6 }]);
});

test('claim text, speaker, mode, stance and document fields are replaced; a quote goes with DIRECT_QUOTE', () => {
  const out = applyEdits('d1', bundle(), {
    claims: [{ id: 'c1', text: 'The old bridge is unsafe.' }],
    attributions: [{ id: 'a1', mode: 'PARAPHRASE', stance: 'ACKNOWLEDGES', speaker: 'e-other' }],
    document: { id: 'doc-2', title: 'New title', url: null },
  });
  expect(out.problems).toEqual([]);
  expect((out.input.claims as { text: string }[])[0].text).toBe('The old bridge is unsafe.');
  expect((out.input.attributions as object[])[0]).toMatchObject({ id: 'a1', mode: 'PARAPHRASE', stance: 'ACKNOWLEDGES', speaker: 'e-other', quote: null });
  expect(out.input.document).toMatchObject({ id: 'doc-2', title: 'New title', url: null, publisher: 'e-post' });
  expect(out.documentId).toBe('doc-2');
});

test('edits naming nothing in the draft, twice, or dropping everything are problems with the edit path', () => {
  const out = applyEdits('d1', bundle(), {
    drop: ['x9', 'a1', 'a2', 'a3'],
    claims: [{ id: 'c9', text: 'x' }],
    attributions: [{ id: 'a1', stance: 'DENIES' }, { id: 'a1', stance: 'ASSERTS' }],
  });
  expect(out.problems).toEqual([
    { path: 'edits.drop[0]', id: 'x9', message: 'draft "d1" has no claim, attribution or extracted item "x9"' },
    { path: 'edits.claims[0].id', id: 'c9', message: 'draft "d1" has no claim "c9"' },
    { path: 'edits.attributions[1].id', id: 'a1', message: 'attribution "a1" is edited twice; give one edit per attribution' },
    { path: 'edits.drop', message: 'drops every attribution of draft "d1"; reject the draft instead (rejectDraft)' },
    { path: 'edits.attributions[0].id', id: 'a1', message: 'attribution "a1" is left out by edits.drop; edit it or drop it, not both' },
  ]);
});

test("the ingest's problems point at the edit that set the value, others at the bundle", () => {
  const edits = { claims: [{ id: 'c2', text: ' ' }], attributions: [{ id: 'a3', speaker: 'nobody' }], document: { title: '' } };
  const input = applyEdits('d1', bundle(), edits).input;
  expect(
    relocateProblems(
      [
        { path: 'claims[1].text', id: 'c2', message: 'must not be empty' },
        { path: 'attributions[2].speaker', id: 'nobody', message: 'unknown entity id' },
        { path: 'attributions[0].speaker', id: 'e-mayor', message: 'other' },
        { path: 'document.url', message: 'must be an http(s) URL' },
      ],
      input,
      edits,
    ),
  ).toEqual([
    { path: 'edits.claims[0].text', id: 'c2', message: 'must not be empty' },
    { path: 'edits.attributions[0].speaker', id: 'a3', message: 'unknown entity id' },
    { path: 'bundle.attributions[0].speaker', id: 'e-mayor', message: 'other' },
    { path: 'bundle.document.url', message: 'must be an http(s) URL' },
  ]);
});
