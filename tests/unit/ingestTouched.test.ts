import { parseBundle } from '../../src/ingest/bundle';
import type { LookupResult } from '../../src/ingest/ingestRepository';
import { planWrites } from '../../src/ingest/ingestService';
import { ingestTouched } from '../../src/ingest/ingestTouched';

/** The ids an ingest's Revision lists as touched. */

const facts = (f: Partial<LookupResult> = {}): LookupResult => ({
  entities: [], redirects: [], documents: [], claims: [], attributions: [], nameMatches: [], wikidataMatches: [], viaChains: [], relations: [], reviews: [], ...f,
});

test('every id the bundle writes, resolved entities under both ids, related and reviewed claims; sorted, once each', () => {
  const bundle = parseBundle({
    document: { id: 'doc', title: 'T', kind: 'NEWS_ARTICLE', publisher: 'outlet' },
    documents: [{ id: 'report', title: 'R', kind: 'REPORT' }],
    entities: [
      { id: 'outlet', name: 'Outlet', kind: 'ORGANIZATION' },
      { id: 'new-iran', name: 'Iran', kind: 'COUNTRY' },
    ],
    claims: [{ id: 'c1', text: 'One.' }],
    attributions: [{ id: 'a1', claim: 'c1', speaker: 'outlet', mode: 'PARAPHRASE', stance: 'ASSERTS' }],
    relations: [{ from: 'c1', type: 'SUPPORTS', to: 'graph-claim' }],
    reviews: [{ id: 'r1', claim: 'other-claim', reviewer: 'outlet', rating: 'False' }],
  });
  const { write } = planWrites(
    bundle,
    facts({ claims: ['graph-claim', 'other-claim'], entities: ['iran'], nameMatches: [{ id: 'iran', kind: 'COUNTRY', nameKeys: ['iran'] }] }),
    new Date('2030-01-01T00:00:00Z'),
  );
  expect(ingestTouched(write)).toEqual(['a1', 'c1', 'doc', 'graph-claim', 'iran', 'new-iran', 'other-claim', 'outlet', 'r1', 'report']);
});

test('a bundle with only its document touches only the document', () => {
  const { write } = planWrites(parseBundle({ document: { id: 'd', title: 'T', kind: 'OTHER' } }), facts(), new Date());
  expect(ingestTouched(write)).toEqual(['d']);
});
