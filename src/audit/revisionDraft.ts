import { createHash, randomUUID } from 'node:crypto';
import type { Author } from '../auth/roles';

/**
 * What a mutation's Revision says before its transaction knows the ids it touched: who (key id and
 * name), what (the operation and a hash of its input) and when. Built by the service once the
 * caller's role is checked; written by recordRevision inside the mutation's own transaction.
 */
export interface RevisionDraft {
  id: string;
  /** ISO-8601 instant; the mutation's own `now`, so the revision and the writes carry one time. */
  at: string;
  keyId: string | null;
  keyName: string;
  operation: string;
  inputHash: string;
}

export function revisionDraft(author: Author, operation: string, input: unknown, at: Date | string, id: string = randomUUID()): RevisionDraft {
  return {
    id,
    at: typeof at === 'string' ? at : at.toISOString(),
    keyId: author.keyId,
    keyName: author.keyName,
    operation,
    inputHash: inputHash(input),
  };
}

/**
 * SHA-256 (hex) of the input's canonical JSON: the same input gives the same hash whatever the key
 * order, so a replayed request can be recognised in the audit trail without storing its content.
 */
export function inputHash(input: unknown): string {
  return createHash('sha256').update(canonicalJson(input), 'utf8').digest('hex');
}

/**
 * JSON with object keys sorted at every level and undefined members left out (as JSON.stringify
 * does); arrays keep their order, which is meaningful. Accepts the null-prototype objects GraphQL
 * builds for input arguments.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}
