import { lookupParams, planRows, type PlannedBatch } from '../../src/bulk/batchPlan';
import { BulkBatchRejected, type BulkStep } from '../../src/bulk/bulkFormat';
import type { BulkLookupResult } from '../../src/bulk/bulkRepository';
import { parseBundle } from '../../src/ingest/bundle';

/**
 * planRows: the bulk import creates the rows whose ids the lookup found nowhere (bulk-*-create) and
 * sends the ones that exist through the ingest's upserts, so re-imports behave like ingestDocument.
 */
const PLACEHOLDER = { id: 'placeholder', title: 'T', kind: 'OTHER' };

function batch(step: BulkStep, lists: Record<string, unknown[]>, document: unknown = PLACEHOLDER): PlannedBatch {
  const bundle = parseBundle({ document, ...lists });
  const count = step === 'documents' ? 1 + bundle.documents.length : (Object.values(lists)[0] ?? []).length;
  return { step, file: `${step}.ndjson`, bundle, lines: Array.from({ length: count }, (_, i) => i + 1) };
}

function facts(f: Partial<BulkLookupResult> = {}): BulkLookupResult {
  return {
    entitiesNotFound: [], documentsNotFound: [], claimsNotFound: [], attributionsNotFound: [], viaChains: [], redirectedRows: [],
    existingEntities: [], existingDocuments: [], existingClaims: [], existingAttributions: [], ...f,
  };
}

const attribution = (id: string, more: Record<string, unknown> = {}) => ({ id, claim: 'c1', speaker: 'e1', document: 'd1', mode: 'PARAPHRASE', stance: 'ASSERTS', ...more });

test('rows whose ids exist are upserted, the others created, each keeping its order', () => {
  const b = batch('claims', { claims: [{ id: 'c1', text: 'one' }, { id: 'c2', text: 'two', about: ['e1', 'e1'] }, { id: 'c3', text: 'three' }] });
  const rows = planRows(b, facts({ existingClaims: ['c2'] }));
  expect(rows.created.map((r) => r.id)).toEqual(['c1', 'c3']);
  expect(rows.upserted).toEqual([{ id: 'c2', text: 'two', about: ['e1'] }]);
});

test('the lookup asks which of the step’s own ids exist, and only for that step', () => {
  const claims = lookupParams(batch('claims', { claims: [{ id: 'c1', text: 'one', about: ['e9'] }] }));
  expect(claims).toMatchObject({ rowClaimIds: ['c1'], rowEntityIds: [], rowDocumentIds: [], rowAttributionIds: [], entityIds: ['e9'] });
  const docs = lookupParams(batch('documents', { documents: [{ id: 'd2', title: 'U', kind: 'OTHER' }] }, { id: 'd1', title: 'T', kind: 'OTHER', publisher: 'e1' }));
  expect(docs).toMatchObject({ rowDocumentIds: ['d1', 'd2'], rowClaimIds: [], entityIds: ['e1'] });
  const attributions = lookupParams(batch('attributions', { attributions: [attribution('a1'), attribution('a2', { via: 'a1' }), attribution('a3', { via: 'a0' })] }));
  expect(attributions).toMatchObject({ rowAttributionIds: ['a1', 'a2', 'a3'], attributionIds: ['a0'] });
});

test('a new entity gets the aliases and name keys the ingest upsert would give it', () => {
  const b = batch('entities', { entities: [{ id: 'e1', name: 'U.S.', kind: 'COUNTRY', aliases: ['US', 'U.S.', 'US', 'United States'] }] });
  const [row] = planRows(b, facts()).created;
  expect(row.aliases).toEqual(['US', 'United States']);
  expect(row.nameKeys).toEqual(['us', 'unitedstates']);
  expect(row).toMatchObject({ anonymous: false, description: null, wikidataId: null });
});

test('entity ids are resolved through redirects in every step, new or existing rows alike', () => {
  const b = batch('attributions', { attributions: [attribution('a1', { speaker: 'old' }), attribution('a2', { speaker: 'old' })] });
  const rows = planRows(b, facts({ existingAttributions: ['a2'], entitiesNotFound: [{ id: 'old', target: 'new' }] }));
  expect(rows.created.map((r) => [r.id, r.speaker])).toEqual([['a1', 'new']]);
  expect(rows.upserted.map((r) => [r.id, r.speaker])).toEqual([['a2', 'new']]);
});

test('affiliations and relations have no id of their own and always go through the ingest MERGE', () => {
  const aff = batch('affiliations', { entities: [{ id: 'e1', name: 'A', kind: 'PERSON', affiliations: [{ entity: 'e2', role: 'Chief' }] }] });
  expect(planRows(aff, facts())).toEqual({ created: [], upserted: [{ from: 'e1', to: 'e2', role: 'Chief', key: 'chief', since: null, until: null }] });
  const rel = batch('relations', { relations: [{ from: 'c1', type: 'SUPPORTS', to: 'c2' }] });
  expect(planRows(rel, facts())).toEqual({ created: [], upserted: [{ from: 'c1', type: 'SUPPORTS', to: 'c2' }] });
});

test('a row id that is a redirect is refused with its line, whatever else the batch holds', () => {
  const entities = Array.from({ length: 5 }, (_, i) => ({ id: `e${i}`, name: `N${i}`, kind: 'PERSON' }));
  const b = batch('entities', { entities });
  const error = (() => {
    try {
      planRows(b, facts({ redirectedRows: [{ id: 'e3', target: 'e9' }] }));
    } catch (e) {
      return e as BulkBatchRejected;
    }
    throw new Error('expected the batch to be refused');
  })();
  expect(error).toBeInstanceOf(BulkBatchRejected);
  expect(error.problems).toEqual([{ file: 'entities.ndjson', line: 4, field: 'id', id: 'e3', message: '"e3" was resolved or merged into entity "e9": import this line under "e9", or load it with ingestDocument' }]);
});
