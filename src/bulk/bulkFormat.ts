/**
 * The bulk format: a folder of NDJSON files, one bundle item per line, in the bundle format's own
 * shape (README "Loading data: the bundle format"), one file per bundle list. The import reads them in
 * this order, so that every reference points at something already written: entities, then their
 * affiliations (a second pass over entities.ndjson, once every entity exists), documents, claims,
 * attributions (a `via` names an attribution on an earlier line or already in the graph), relations.
 * A missing file is an empty list.
 */
export type BulkList = 'entities' | 'documents' | 'claims' | 'attributions' | 'relations';
export type BulkStep = 'entities' | 'affiliations' | 'documents' | 'claims' | 'attributions' | 'relations';

export interface StepSpec {
  step: BulkStep;
  list: BulkList;
  file: string;
}

export const BULK_STEPS: readonly StepSpec[] = [
  { step: 'entities', list: 'entities', file: 'entities.ndjson' },
  { step: 'affiliations', list: 'entities', file: 'entities.ndjson' },
  { step: 'documents', list: 'documents', file: 'documents.ndjson' },
  { step: 'claims', list: 'claims', file: 'claims.ndjson' },
  { step: 'attributions', list: 'attributions', file: 'attributions.ndjson' },
  { step: 'relations', list: 'relations', file: 'relations.ndjson' },
];

export const MIN_BATCH = 1_000;
export const MAX_BATCH = 50_000;
export const DEFAULT_BATCH = 10_000;

/** One rejected field: where it is (file, 1-based line, field path within the line) and why. */
export interface BulkProblem {
  file: string;
  line: number;
  field: string;
  id?: string;
  message: string;
}

export function formatProblem(p: BulkProblem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.message}`;
}

/** A batch was refused: nothing of it was written. */
export class BulkBatchRejected extends Error {
  constructor(readonly problems: BulkProblem[]) {
    super(problems.length ? formatProblem(problems[0]) : 'batch rejected');
  }
}
