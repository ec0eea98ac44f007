import { recordRevision } from '../audit/recordRevision';
import type { RevisionDraft } from '../audit/revisionDraft';
import { loadByIds } from '../db/batch';
import type { Database } from '../db/database';
import type { KnownEntity } from '../extract/extractionTypes';
import type { IngestResultRecord } from '../ingest/ingestRecord';
import { ingestSteps, type LookupParams, type LookupResult, type WritePlan } from '../ingest/ingestRepository';
import { toDraftRecord, type DraftRecord, type DraftStatus, type SuggestionRecord } from './draftRecord';

/** A draft about to be stored (saveDraft). */
export interface NewDraft {
  id: string;
  text: string;
  /** The DraftBundleRecord as JSON. */
  bundle: string;
  createdAt: string;
  createdBy: string;
  createdByKeyId: string | null;
}

/**
 * What the service decides once it has seen the draft, inside acceptDraft's transaction: the ingest
 * of the reviewed bundle and the confidences to record on what it creates. Throws BadUserInputError
 * for an unknown, accepted or rejected draft or a bad edit (the transaction then writes nothing).
 */
export interface AcceptPlan {
  lookup: LookupParams;
  plan: (facts: LookupResult) => { write: WritePlan; result: IngestResultRecord; touched: string[] };
  documentId: string;
  claims: { id: string; confidence: number }[];
  attributions: { id: string; confidence: number }[];
}

export interface DraftPage {
  rows: { key: string; node: DraftRecord }[];
  total: number;
}

/** The review queue's Cypher (cypher/draft-*.cypher). */
export class DraftRepository {
  constructor(private readonly db: Database) {}

  /** Graph entities whose name or an alias has one of `nameKeys`: one query, only the matches. */
  async knownEntities(nameKeys: string[]): Promise<KnownEntity[]> {
    if (nameKeys.length === 0) return [];
    const rows = await this.db.read<{ entity: KnownEntity }>('draft-known-entities', { nameKeys });
    return rows.map((r) => r.entity);
  }

  async byId(id: string): Promise<DraftRecord | null> {
    const [row] = await this.db.read<{ draft: Record<string, unknown> }>('draft-by-id', { id });
    return row ? toDraftRecord(row.draft) : null;
  }

  /** Up to `limit` drafts (of `status`, if given), newest first, after the keyset position `after`. */
  async page(status: DraftStatus | null, after: { key: string | number; id: string } | null, limit: number): Promise<DraftPage> {
    const [row] = await this.db.read<{ total: number; rows: { key: string; draft: Record<string, unknown> }[] }>('draft-page', {
      status,
      afterAt: after === null ? null : String(after.key),
      afterId: after?.id ?? null,
      limit,
    });
    return { total: row.total, rows: row.rows.map((r) => ({ key: r.key, node: toDraftRecord(r.draft) })) };
  }

  async create(draft: NewDraft, revision: RevisionDraft): Promise<DraftRecord> {
    return this.db.writeTransaction(async (tx) => {
      const [row] = await tx.run<{ draft: Record<string, unknown> }>('draft-create', { draft });
      await recordRevision(tx, revision, [draft.id]);
      return toDraftRecord(row.draft);
    });
  }

  /**
   * acceptDraft in one transaction: lock and read the draft, let the service plan (it throws on bad
   * input), run the ingest's lookup and writes, mark the draft and the new nodes, record the revision.
   */
  async accept(id: string, prepare: (draft: DraftRecord | null) => AcceptPlan, who: { keyName: string; keyId: string | null }, revision: RevisionDraft) {
    return this.db.writeTransaction(async (tx) => {
      const [locked] = await tx.run<{ draft: Record<string, unknown> }>('draft-lock', { id });
      const accepted = prepare(locked ? toDraftRecord(locked.draft) : null);
      const { result, touched } = await ingestSteps(tx, accepted.lookup, accepted.plan);
      const [row] = await tx.run<{ draft: Record<string, unknown> }>('draft-accept', {
        id,
        now: revision.at,
        keyName: who.keyName,
        keyId: who.keyId,
        documentId: accepted.documentId,
        claims: accepted.claims,
        attributions: accepted.attributions,
      });
      await recordRevision(tx, revision, [...touched, id]);
      return { draft: toDraftRecord(row.draft), ingest: result };
    });
  }

  /** rejectDraft in one transaction: lock and read the draft, let the service check it (it throws), mark it. */
  async reject(id: string, check: (draft: DraftRecord | null) => void, who: { keyName: string; keyId: string | null }, reason: string | null, revision: RevisionDraft): Promise<DraftRecord> {
    return this.db.writeTransaction(async (tx) => {
      const [locked] = await tx.run<{ draft: Record<string, unknown> }>('draft-lock', { id });
      check(locked ? toDraftRecord(locked.draft) : null);
      const [row] = await tx.run<{ draft: Record<string, unknown> }>('draft-reject', { id, now: revision.at, keyName: who.keyName, keyId: who.keyId, reason });
      await recordRevision(tx, revision, [id]);
      return toDraftRecord(row.draft);
    });
  }

  claimSuggestionsByIds(ids: readonly string[]): Promise<(SuggestionRecord | null)[]> {
    return loadByIds<SuggestionRecord | null>(this.db, 'draft-claim-suggestions-by-ids', ids, 'id', 'suggestion', null);
  }

  attributionSuggestionsByIds(ids: readonly string[]): Promise<(SuggestionRecord | null)[]> {
    return loadByIds<SuggestionRecord | null>(this.db, 'draft-attribution-suggestions-by-ids', ids, 'id', 'suggestion', null);
  }
}
