import type { Database } from '../db/database';
import { toRevisionRecord, type RevisionRecord } from './revisionRecord';

export interface RevisionPage {
  rows: { key: string; node: RevisionRecord }[];
  total: number;
}

/** Reads the audit trail. Nothing here (or anywhere in the API) changes or deletes a revision. */
export class RevisionRepository {
  constructor(private readonly db: Database) {}

  /** Up to `limit` revisions that touched `nodeId`, newest first, after the keyset position `after`. */
  async page(nodeId: string, after: { key: string | number; id: string } | null, limit: number): Promise<RevisionPage> {
    const [row] = await this.db.read<{ total: number; rows: { key: string; revision: Record<string, unknown> }[] }>('revisions-page', {
      nodeId,
      afterAt: after === null ? null : String(after.key),
      afterId: after?.id ?? null,
      limit,
    });
    return { total: row.total, rows: row.rows.map((r) => ({ key: r.key, node: toRevisionRecord(r.revision) })) };
  }
}
