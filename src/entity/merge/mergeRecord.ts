import type { EntityKind, EntityRecord } from '../entityRecord';
import type { Direction } from './movableRelationships';
import type { TypedProperty } from './typedProperties';

/** One entity as entity-merge-lookup returns it. */
export interface MergeEntityFacts {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[] | null;
  nameKeys: string[] | null;
  description: string | null;
  wikidataId: string | null;
  properties: TypedProperty[];
}

/** One relationship of the entity to merge, as entity-merge-lookup returns it. */
export interface RelationshipFacts {
  elementId: string;
  type: string;
  direction: Direction;
  otherId: string | null;
  otherLabels: string[];
  otherIsKeep: boolean;
  otherIsMerged: boolean;
  properties: TypedProperty[];
  equivalentOnKeep: boolean;
}

export interface MergeFacts {
  keep: MergeEntityFacts | null;
  merged: MergeEntityFacts | null;
  keepRedirect: { target: string; reason: string | null } | null;
  mergeRedirect: { target: string; reason: string | null } | null;
  relationships: RelationshipFacts[];
  nextSeq: number;
}

/**
 * What became of one relationship of the merged entity: MOVED to keep; EXISTED already on keep (so
 * only removed); DROPPED because it joined the two entities (or the merged one to itself) and would
 * have made keep point at itself.
 */
export type RelationshipOutcome = 'MOVED' | 'EXISTED' | 'DROPPED';

export interface SnapshotRelationship {
  type: string;
  direction: Direction;
  otherId: string;
  otherLabel: string;
  properties: TypedProperty[];
  outcome: RelationshipOutcome;
}

/** The JSON stored on an EntityMerge node: enough to undo the merge exactly. */
export interface MergeSnapshot {
  version: 1;
  keepId: string;
  mergedId: string;
  merged: TypedProperty[];
  keepBefore: TypedProperty[];
  keepAfter: TypedProperty[];
  relationships: SnapshotRelationship[];
}

/** A standing merge, as entityMerges lists it. */
export interface EntityMergeRecord {
  id: string;
  keepId: string;
  mergedId: string;
  mergedName: string;
  mergedAt: string;
  relationshipsMoved: number;
}

export interface UnmergeResultRecord {
  restored: EntityRecord;
  keep: EntityRecord;
  relationshipsRestored: number;
  relationshipsNotRestored: number;
}

/** What entity-unmerge-lookup returns. */
export interface UnmergeFacts {
  merge: { id: string; keepId: string; mergedId: string; seq: number; snapshot: string } | null;
  keepExists: boolean;
  laterMerges: string[];
  keepMergedInto: string | null;
  isEntity: boolean;
  redirect: { target: string; reason: string | null } | null;
}
