import { BadUserInputError, type InputProblem } from '../../shared/errors';
import type { MergeSnapshot, SnapshotRelationship, UnmergeFacts } from './mergeRecord';
import { restoreProperties, sameProperty, type TypedProperty } from './typedProperties';

/**
 * Decides an unmerge from the merge record and what the graph holds now (entity-unmerge-lookup):
 * the problems (thrown as BAD_USER_INPUT, so nothing is written), or the properties to write back to
 * the restored entity and to keep, and the relationships to give back. Merges into one entity are
 * undone last-in, first-out, and a kept entity that was itself merged away must come back first:
 * otherwise keep's "before" would no longer be a state the graph can return to. Pure.
 */
export interface UnmergePlan {
  keepId: string;
  mergedId: string;
  properties: (TypedProperty & { target: 'merged' | 'keep' })[];
  keepRemove: string[];
  relationships: SnapshotRelationship[];
}

const quoteList = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ');

/** The record and the kept entity's id, once the unmerge is known to be possible. */
export function checkUnmerge(mergedId: string, facts: UnmergeFacts): { keepId: string; snapshot: MergeSnapshot } {
  const problem = (message: string): never => {
    throw new BadUserInputError([{ path: 'mergedId', id: mergedId, message } satisfies InputProblem]);
  };
  if (!facts.merge) {
    if (facts.isEntity) problem(`"${mergedId}" is an entity of its own, not merged into another: there is nothing to unmerge`);
    if (facts.redirect) {
      problem(`"${mergedId}" was resolved to "${facts.redirect.target}" at ingest (same name or Wikidata id), not merged with mergeEntities: there is nothing to unmerge`);
    }
    problem(`unknown id "${mergedId}": no merge of it is recorded`);
  }
  const { keepId } = facts.merge!;
  if (facts.keepMergedInto) {
    problem(`a later merge depends on it: "${keepId}", into which "${mergedId}" was merged, has since been merged into "${facts.keepMergedInto}"; unmerge "${keepId}" first`);
  }
  if (facts.laterMerges.length > 0) {
    problem(`a later merge depends on it: ${quoteList(facts.laterMerges)} ${facts.laterMerges.length === 1 ? 'was' : 'were'} merged into "${keepId}" after "${mergedId}"; unmerge ${quoteList(facts.laterMerges)} first (newest first)`);
  }
  if (!facts.keepExists) problem(`"${keepId}", into which "${mergedId}" was merged, no longer exists: the merge cannot be undone`);
  if (facts.isEntity) problem(`an entity with the id "${mergedId}" exists again: the merged entity cannot be restored under it`);
  const snapshot = JSON.parse(facts.merge!.snapshot) as MergeSnapshot;
  if (snapshot.version !== 1) problem(`the merge record has an unknown format (version ${String(snapshot.version)})`);
  return { keepId, snapshot };
}

export function planUnmerge(snapshot: MergeSnapshot, keepNow: readonly TypedProperty[]): UnmergePlan {
  const keep = restoreProperties(snapshot.keepBefore, snapshot.keepAfter, keepNow);
  const now = new Map(keepNow.map((p) => [p.k, p]));
  return {
    keepId: snapshot.keepId,
    mergedId: snapshot.mergedId,
    properties: [
      ...snapshot.merged.map((p) => ({ ...p, target: 'merged' as const })),
      // Only what differs from now is written back.
      ...keep.set.filter((p) => !sameProperty(p, now.get(p.k))).map((p) => ({ ...p, target: 'keep' as const })),
    ],
    keepRemove: keep.remove,
    relationships: snapshot.relationships,
  };
}
