import { recordRevision } from '../../audit/recordRevision';
import type { RevisionDraft } from '../../audit/revisionDraft';
import type { Database } from '../../db/database';
import { toEntityRecord, type EntityRecord } from '../entityRecord';
import type { MergePlan } from './mergePlan';
import type { EntityMergeRecord, MergeFacts, UnmergeFacts, UnmergeResultRecord } from './mergeRecord';
import type { TypedProperty } from './typedProperties';
import type { UnmergePlan } from './unmergePlan';

/**
 * The Cypher of mergeEntities and unmergeEntities. Each runs in ONE write transaction: a lookup that
 * locks the entities involved, then the service's plan (which throws on bad input, rolling back and
 * so writing nothing), then the writes.
 */
export class EntityMergeRepository {
  constructor(private readonly db: Database) {}

  merge(keepId: string, mergeId: string, now: string, plan: (facts: MergeFacts) => MergePlan, revision: RevisionDraft): Promise<EntityRecord> {
    return this.db.writeTransaction(async (tx) => {
      const [facts] = await tx.run<MergeFacts>('entity-merge-lookup', { keepId, mergeId });
      const p = plan(facts);
      if (p.moves.length > 0) await tx.run('entity-merge-move-relationships', { keepId, moves: p.moves });
      const [applied] = await tx.run<{ keep: Record<string, unknown> }>('entity-merge-apply', { keepId, mergeId, keep: p.keep, now });
      const [after] = await tx.run<{ properties: TypedProperty[] }>('entity-typed-properties', { ids: [keepId] });
      const snapshot = JSON.stringify({ ...p.snapshot, keepAfter: after.properties });
      await tx.run('entity-merge-record', { merge: { ...p.record, snapshot }, now });
      await recordRevision(tx, revision, [keepId, mergeId]);
      return toEntityRecord(applied.keep);
    });
  }

  unmerge(
    mergedId: string,
    plan: (facts: UnmergeFacts, keepNow: (keepId: string) => Promise<TypedProperty[]>) => Promise<UnmergePlan>,
    revision: RevisionDraft,
  ): Promise<UnmergeResultRecord> {
    return this.db.writeTransaction(async (tx) => {
      const [facts] = await tx.run<UnmergeFacts>('entity-unmerge-lookup', { mergedId });
      const p = await plan(facts, async (keepId) => (await tx.run<{ properties: TypedProperty[] }>('entity-typed-properties', { ids: [keepId] }))[0].properties);
      const [entities] = await tx.run<{ keep: Record<string, unknown>; restored: Record<string, unknown> }>('entity-unmerge-restore-entity', {
        keepId: p.keepId,
        mergedId: p.mergedId,
        properties: p.properties,
        keepRemove: p.keepRemove,
      });
      const [restored] = await tx.run<{ restored: number }>('entity-unmerge-restore-relationships', {
        keepId: p.keepId,
        mergedId: p.mergedId,
        relationships: p.relationships,
      });
      await recordRevision(tx, revision, [p.keepId, p.mergedId]);
      return {
        restored: toEntityRecord(entities.restored),
        keep: toEntityRecord(entities.keep),
        relationshipsRestored: restored.restored,
        relationshipsNotRestored: p.relationships.length - restored.restored,
      };
    });
  }

  async list(keepId: string | null, limit: number): Promise<EntityMergeRecord[]> {
    const rows = await this.db.read<{ merge: EntityMergeRecord }>('entity-merges-list', { keepId, limit });
    return rows.map((r) => r.merge);
  }
}
