import { parseBundle, LIMITS, type Bundle } from '../ingest/bundle';
import { checkBundleRules } from '../ingest/bundleRules';
import { BadUserInputError, type InputProblem } from '../shared/errors';
import type { BulkList, BulkProblem } from './bulkFormat';
import type { Line } from './lineBatches';

/**
 * Validates a batch of bulk lines with the ingest's own rules: each chunk of lines is read as the
 * matching list of a bundle and goes through parseBundle (shape, enums, limits, dates, ids) and
 * checkBundleRules (duplicate ids, quote only on DIRECT_QUOTE, no self-relation or self-affiliation,
 * review-free), so `ingestDocument` and the bulk import accept and refuse the same items. Problems
 * come back as file, line and field. References into the graph are checked by the import itself.
 */
export interface ValidBatch {
  /** The bundle holding the batch's items (its `document` is a placeholder except for documents). */
  bundle: Bundle;
  lines: number[];
}

// Non-document lists need a bundle document to parse; this one is never written.
const PLACEHOLDER_DOCUMENT = { id: 'bulk-placeholder', title: 'bulk placeholder', kind: 'OTHER' };
const PATH = /^(document|documents|entities|claims|attributions|relations)(?:\[(\d+)\])?(?:\.(.*))?$/;

function listOf(bundle: Bundle, list: BulkList): { id?: string }[] {
  return list === 'documents' ? [bundle.document, ...bundle.documents] : (bundle[list] as { id?: string }[]);
}

/** The index in the batch and the field of a bundle problem path, or null for the placeholder. */
function locate(list: BulkList, path: string): { index: number; field: string } | null {
  const m = PATH.exec(path);
  if (!m) return null;
  const [, key, index, field] = m;
  if (list === 'documents') {
    if (key === 'document') return { index: 0, field: field ?? '(line)' };
    if (key === 'documents' && index !== undefined) return { index: Number(index) + 1, field: field ?? '(line)' };
    return null;
  }
  if (key !== list || index === undefined) return null;
  return { index: Number(index), field: field ?? '(line)' };
}

export function validateBatch(list: BulkList, file: string, lines: Line[], seen: Map<string, number>): { batch: ValidBatch | null; problems: BulkProblem[] } {
  const problems: BulkProblem[] = [];
  const raw: unknown[] = [];
  const rawLines: number[] = [];
  for (const l of lines) {
    try {
      raw.push(JSON.parse(l.text));
      rawLines.push(l.line);
    } catch (error) {
      problems.push({ file, line: l.line, field: '(line)', message: `not valid JSON: ${(error as Error).message}` });
    }
  }
  const toBulk = (offset: number) => (p: InputProblem): BulkProblem | null => {
    const at = locate(list, p.path);
    if (!at) return null;
    return { file, line: rawLines[offset + at.index], field: at.field, ...(p.id ? { id: p.id } : {}), message: p.message };
  };
  const parsed: Bundle[] = [];
  // A bundle list holds at most LIMITS.listItems items: larger batches are checked in chunks.
  for (let offset = 0; offset < raw.length; offset += LIMITS.listItems) {
    const chunk = raw.slice(offset, offset + LIMITS.listItems);
    const input = list === 'documents' ? { document: chunk[0], documents: chunk.slice(1) } : { document: PLACEHOLDER_DOCUMENT, [list]: chunk };
    try {
      const bundle = parseBundle(input);
      problems.push(...checkBundleRules(bundle).map(toBulk(offset)).filter((p): p is BulkProblem => p !== null));
      parsed.push(bundle);
    } catch (error) {
      if (!(error instanceof BadUserInputError)) throw error;
      problems.push(...error.problems.map(toBulk(offset)).filter((p): p is BulkProblem => p !== null));
    }
  }
  if (list === 'attributions') {
    // A bundle defaults an attribution's document to its own; a bulk line has no bundle document.
    raw.forEach((r, i) => {
      const doc = r !== null && typeof r === 'object' ? (r as { document?: unknown }).document : undefined;
      if (doc === undefined || doc === null) problems.push({ file, line: rawLines[i], field: 'document', ...idOf(r), message: 'is required (a bulk line has no bundle document to default to)' });
    });
  }
  if (problems.length > 0 || parsed.length === 0) return { batch: null, problems: sortProblems(problems) };

  const bundle: Bundle = parsed.length === 1 ? parsed[0] : merge(parsed, list);
  const items = listOf(bundle, list);
  // Ids must be unique in the whole file, not only in a batch (checkBundleRules covers the batch).
  items.forEach((item, i) => {
    if (!item.id) return;
    const first = seen.get(item.id);
    if (first !== undefined && first !== rawLines[i]) {
      problems.push({ file, line: rawLines[i], field: 'id', id: item.id, message: `duplicate id "${item.id}" (also on line ${first})` });
    } else seen.set(item.id, rawLines[i]);
  });
  if (list === 'attributions') {
    bundle.attributions.forEach((a, i) => {
      const at = a.via ? seen.get(a.via) : undefined;
      if (at !== undefined && at > rawLines[i]) {
        problems.push({ file, line: rawLines[i], field: 'via', id: a.id, message: `relays attribution "${a.via}" of line ${at}: a relay must come after what it relays` });
      }
    });
  }
  return problems.length ? { batch: null, problems: sortProblems(problems) } : { batch: { bundle, lines: rawLines }, problems };
}

/** Ids of lines that are skipped on resume, so duplicates across the whole file are still found. */
export function registerIds(lines: Line[], seen: Map<string, number>): void {
  for (const l of lines) {
    try {
      const id = (JSON.parse(l.text) as { id?: unknown }).id;
      if (typeof id === 'string' && !seen.has(id)) seen.set(id, l.line);
    } catch {
      // a line that was imported before was valid JSON; nothing to record otherwise
    }
  }
}

function idOf(r: unknown): { id?: string } {
  const id = r !== null && typeof r === 'object' ? (r as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? { id } : {};
}

function merge(parts: Bundle[], list: BulkList): Bundle {
  const first = parts[0];
  if (list === 'documents') return { ...first, documents: [...first.documents, ...parts.slice(1).flatMap((p) => [p.document, ...p.documents])] };
  return { ...first, [list]: parts.flatMap((p) => p[list] as unknown[]) } as Bundle;
}

function sortProblems(problems: BulkProblem[]): BulkProblem[] {
  return problems.sort((a, b) => a.line - b.line);
}
