import { nameKey, nameKeys } from '../entity/nameKey';
import type { Bundle } from '../ingest/bundle';
import { references, viaCycles, type Reference } from '../ingest/bundleRules';
import type { InputProblem } from '../shared/errors';
import { BulkBatchRejected, type BulkProblem, type BulkStep } from './bulkFormat';
import type { BatchRows, BulkLookupParams, BulkLookupResult } from './bulkRepository';

/**
 * From a validated batch and what the graph holds: the references to check, then either the rows to
 * write (entity ids resolved through redirects, as the ingest does) or the problems, with line and
 * field. Pure, like the ingest's planWrites.
 */
export interface PlannedBatch {
  step: BulkStep;
  file: string;
  bundle: Bundle;
  lines: number[];
}

const ITEM = /^(?:document|documents|entities|claims|attributions|relations)(?:\[(\d+)\])?(?:\.(.*))?$/;

/** The line and field of a bundle path (`attributions[3].via`) within the batch. */
function at(batch: PlannedBatch, path: string): { line: number; field: string } {
  const m = ITEM.exec(path);
  let index = m?.[1] === undefined ? 0 : Number(m[1]);
  if (batch.step === 'documents' && path.startsWith('documents[')) index += 1;
  return { line: batch.lines[index] ?? batch.lines[0], field: m?.[2] ?? path };
}

/** The references a step checks: entities are written bare, their affiliations in the next step. */
function stepReferences(batch: PlannedBatch): Reference[] {
  if (batch.step === 'entities') return [];
  const own = new Set(batch.bundle.attributions.map((a) => a.id));
  return references(batch.bundle).filter((r) => {
    if (batch.step === 'affiliations') return r.path.includes('.affiliations[');
    // A via to an attribution of the same batch is written with it.
    return !(r.kind === 'Attribution' && own.has(r.id));
  });
}

export function lookupParams(batch: PlannedBatch): BulkLookupParams {
  const refs = stepReferences(batch);
  const ids = (kind: Reference['kind']) => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];
  return {
    entityIds: ids('Entity'),
    documentIds: ids('Document'),
    claimIds: ids('Claim'),
    attributionIds: ids('Attribution'),
    rowEntityIds: batch.step === 'entities' ? batch.bundle.entities.map((e) => e.id) : [],
    rowDocumentIds: batch.step === 'documents' ? [batch.bundle.document, ...batch.bundle.documents].map((d) => d.id) : [],
    rowClaimIds: batch.step === 'claims' ? batch.bundle.claims.map((c) => c.id) : [],
    rowAttributionIds: batch.step === 'attributions' ? batch.bundle.attributions.map((a) => a.id) : [],
  };
}

export function planRows(batch: PlannedBatch, facts: BulkLookupResult): BatchRows {
  return splitRows(batch.step, rowsOf(batch, facts), facts);
}

/** The rows of a step without an id of their own (affiliations, relations) are always upserted. */
function splitRows(step: PlannedBatch['step'], rows: Record<string, unknown>[], facts: BulkLookupResult): BatchRows {
  const existing: Partial<Record<PlannedBatch['step'], string[]>> = {
    entities: facts.existingEntities,
    documents: facts.existingDocuments,
    claims: facts.existingClaims,
    attributions: facts.existingAttributions,
  };
  const ids = existing[step];
  if (!ids) return { created: [], upserted: rows };
  const exists = new Set(ids);
  const created: Record<string, unknown>[] = [];
  const upserted: Record<string, unknown>[] = [];
  for (const row of rows) (exists.has(row.id as string) ? upserted : created).push(row);
  return { created, upserted };
}

function rowsOf(batch: PlannedBatch, facts: BulkLookupResult): Record<string, unknown>[] {
  const problems: BulkProblem[] = [];
  const problem = (path: string, id: string, message: string) => problems.push({ file: batch.file, ...at(batch, path), id, message });
  const redirects = new Map(facts.entitiesNotFound.filter((e) => e.target).map((e) => [e.id, e.target!]));
  const missing = {
    Entity: new Set(facts.entitiesNotFound.filter((e) => !e.target).map((e) => e.id)),
    Document: new Set(facts.documentsNotFound),
    Claim: new Set(facts.claimsNotFound),
    Attribution: new Set(facts.attributionsNotFound),
  };
  const where = { Entity: "in entities.ndjson nor in the graph", Document: "in documents.ndjson nor in the graph", Claim: "in claims.ndjson nor in the graph", Attribution: "on an earlier line nor in the graph" };
  for (const ref of stepReferences(batch)) {
    if (missing[ref.kind].has(ref.id)) problem(ref.path, ref.id, `unknown ${ref.kind.toLowerCase()} id "${ref.id}": it is neither ${where[ref.kind]}`);
  }
  // A Map, not a find per row: a batch holds up to 50,000 entities.
  const redirectedRows = new Map(facts.redirectedRows.map((r) => [r.id, r.target]));
  batch.bundle.entities.forEach((e, i) => {
    if (batch.step !== 'entities' || !redirectedRows.has(e.id)) return;
    const target = redirectedRows.get(e.id);
    problem(`entities[${i}].id`, e.id, `"${e.id}" was resolved or merged into entity "${target}": import this line under "${target}", or load it with ingestDocument`);
  });
  if (batch.step === 'attributions') {
    const bundleVia = new Map(batch.bundle.attributions.map((a) => [a.id, a.via]));
    const graphVia = new Map<string, string | null>();
    for (const { chain } of facts.viaChains) chain.forEach((id, i) => graphVia.set(id, chain[i + 1] ?? null));
    const cycles: InputProblem[] = viaCycles(batch.bundle, (id) => (bundleVia.has(id) ? bundleVia.get(id)! : graphVia.get(id) ?? null));
    for (const c of cycles) problem(c.path, c.id ?? '', c.message);
  }
  const rid = (id: string) => redirects.get(id) ?? id;
  batch.bundle.entities.forEach((e, i) =>
    e.affiliations.forEach((f, j) => {
      if (batch.step === 'affiliations' && f.entity !== e.id && rid(f.entity) === rid(e.id)) {
        problem(`entities[${i}].affiliations[${j}].entity`, f.entity, `"${e.id}" and "${f.entity}" are the same entity ("${rid(e.id)}"), and an entity cannot be affiliated with itself`);
      }
    }),
  );
  if (problems.length > 0) throw new BulkBatchRejected(problems.sort((a, b) => a.line - b.line));

  const b = batch.bundle;
  switch (batch.step) {
    case 'entities':
      // `aliases` and `nameKeys` as a new entity ends up with (ingest-entities-upsert keeps the first
      // of each and never the name as an alias); the upsert recomputes them from these for an existing one.
      return b.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind, anonymous: e.anonymous, description: e.description, wikidataId: e.wikidataId, aliases: [...new Set(e.aliases.filter((x) => x !== e.name))], nameKeys: [...new Set(nameKeys(e.name, e.aliases))] }));
    case 'affiliations':
      return b.entities.flatMap((e) => e.affiliations.map((f) => ({ from: rid(e.id), to: rid(f.entity), role: f.role, key: f.role ? nameKey(f.role) : '', since: f.since, until: f.until })));
    case 'documents':
      return [b.document, ...b.documents].map((d) => ({ ...d, publisher: d.publisher ? rid(d.publisher) : null, authors: [...new Set(d.authors.map(rid))] }));
    case 'claims':
      return b.claims.map((c) => ({ id: c.id, text: c.text, about: [...new Set(c.about.map(rid))] }));
    case 'attributions':
      return b.attributions.map((a) => ({ ...a, speaker: rid(a.speaker) }));
    case 'relations':
      return b.relations.map((r) => ({ ...r }));
  }
}
