import type { Connection } from '../shared/connection';

/** One entry of the audit trail, as the API returns it. */
export interface RevisionRecord {
  id: string;
  at: string;
  keyId: string | null;
  keyName: string;
  operation: string;
  inputHash: string;
  touched: string[];
}

export type RevisionConnectionRecord = Connection<RevisionRecord>;

export function toRevisionRecord(row: Record<string, unknown>): RevisionRecord {
  return {
    id: row.id as string,
    at: row.at as string,
    keyId: (row.keyId as string | null) ?? null,
    keyName: row.keyName as string,
    operation: row.operation as string,
    inputHash: row.inputHash as string,
    touched: (row.touched as string[] | null) ?? [],
  };
}
