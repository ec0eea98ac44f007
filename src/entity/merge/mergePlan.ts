import { BadUserInputError, type InputProblem } from '../../shared/errors';
import type { EntityKind } from '../entityRecord';
import { nameKeys } from '../nameKey';
import type { MergeFacts, MergeSnapshot, RelationshipFacts, SnapshotRelationship } from './mergeRecord';
import { isMovable, OTHER_END_LABELS, type Direction } from './movableRelationships';
import { propertiesKey, sortProperties } from './typedProperties';

/**
 * Decides a merge from what the graph holds (entity-merge-lookup): the problems (thrown as
 * BAD_USER_INPUT, so the transaction writes nothing), or which relationships move, what `keep`
 * becomes, and the record that lets unmerge undo it. Pure.
 */
export interface MergePlan {
  moves: { elementId: string; type: string; direction: Direction }[];
  keep: { aliases: string[]; nameKeys: string[]; kind: EntityKind; description: string | null; wikidataId: string | null };
  record: { id: string; keepId: string; mergedId: string; mergedName: string; seq: number; relationshipsMoved: number };
  snapshot: Omit<MergeSnapshot, 'keepAfter'>;
}

/** Kinds agree, or one is OTHER: the rule entity resolution at ingest uses too. */
export function kindsCompatible(a: EntityKind, b: EntityKind): boolean {
  return a === b || a === 'OTHER' || b === 'OTHER';
}

function redirectProblem(path: string, id: string, redirect: { target: string; reason: string | null }): InputProblem {
  const message =
    redirect.reason === 'MERGE'
      ? `"${id}" was already merged into "${redirect.target}": use "${redirect.target}", or unmergeEntities(mergedId: "${id}") first`
      : `"${id}" is not an entity of its own: entity resolution at ingest made it another id of "${redirect.target}"; use "${redirect.target}"`;
  return { path, id, message };
}

function relationshipProblem(mergeId: string, r: RelationshipFacts): InputProblem | null {
  const arrow = r.direction === 'OUT' ? `(${mergeId})-[:${r.type}]->(${r.otherId ?? '?'})` : `(${r.otherId ?? '?'})-[:${r.type}]->(${mergeId})`;
  if (!isMovable(r.type, r.direction)) {
    return { path: 'merge', id: mergeId, message: `has a relationship ${arrow} of a kind merging cannot move; nothing was merged` };
  }
  if (!r.otherIsKeep && !r.otherIsMerged && (r.otherId === null || !OTHER_END_LABELS.some((l) => r.otherLabels.includes(l)))) {
    return { path: 'merge', id: mergeId, message: `has a relationship ${arrow} whose other end (${r.otherLabels.join(':') || 'no label'}) has no id merging can restore; nothing was merged` };
  }
  return null;
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

export function planMerge(keepId: string, mergeId: string, facts: MergeFacts, newId: string): MergePlan {
  const problems: InputProblem[] = [];
  if (keepId === mergeId) problems.push({ path: 'merge', id: mergeId, message: 'is the same id as keep: an entity cannot be merged into itself' });
  for (const [path, id, entity, redirect] of [
    ['keep', keepId, facts.keep, facts.keepRedirect],
    ['merge', mergeId, facts.merged, facts.mergeRedirect],
  ] as const) {
    if (entity) continue;
    problems.push(redirect ? redirectProblem(path, id, redirect) : { path, id, message: `unknown entity id "${id}"` });
  }
  if (problems.length > 0) throw new BadUserInputError(problems);
  const keep = facts.keep!;
  const merged = facts.merged!;

  if (!kindsCompatible(keep.kind, merged.kind)) {
    problems.push({
      path: 'merge',
      id: mergeId,
      message: `is a ${merged.kind} and "${keepId}" a ${keep.kind}: entities of different kinds are not one thing (only OTHER merges with any kind)`,
    });
  }
  if (keep.wikidataId && merged.wikidataId && keep.wikidataId !== merged.wikidataId) {
    problems.push({ path: 'merge', id: mergeId, message: `is Wikidata item ${merged.wikidataId} and "${keepId}" is ${keep.wikidataId}: they are different items` });
  }
  for (const r of facts.relationships) {
    const problem = relationshipProblem(mergeId, r);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) throw new BadUserInputError(problems);

  // A stable order, so the first of two identical relationships is the one that moves.
  const rows = facts.relationships
    .map((r) => ({ r, key: [r.type, r.direction, r.otherIsKeep ? keepId : r.otherIsMerged ? mergeId : r.otherId, propertiesKey(r.properties)].join('|') }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const seen = new Set<string>();
  const moves: MergePlan['moves'] = [];
  const relationships: SnapshotRelationship[] = rows.map(({ r, key }) => {
    const between = r.otherIsKeep || r.otherIsMerged;
    const outcome = between ? 'DROPPED' : r.equivalentOnKeep || seen.has(key) ? 'EXISTED' : 'MOVED';
    seen.add(key);
    if (outcome === 'MOVED') moves.push({ elementId: r.elementId, type: r.type, direction: r.direction });
    return {
      type: r.type,
      direction: r.direction,
      otherId: r.otherIsKeep ? keepId : r.otherIsMerged ? mergeId : r.otherId!,
      otherLabel: between ? 'Entity' : OTHER_END_LABELS.find((l) => r.otherLabels.includes(l))!,
      properties: sortProperties(r.properties),
      outcome,
    };
  });

  const keepAliases = keep.aliases ?? [];
  const mergedAliases = merged.aliases ?? [];
  return {
    moves,
    keep: {
      aliases: unique([...keepAliases, merged.name, ...mergedAliases]).filter((a) => a !== keep.name),
      nameKeys: unique([...(keep.nameKeys ?? nameKeys(keep.name, keepAliases)), ...(merged.nameKeys ?? []), ...nameKeys(merged.name, mergedAliases)]),
      kind: keep.kind === 'OTHER' ? merged.kind : keep.kind,
      description: keep.description ?? merged.description,
      wikidataId: keep.wikidataId ?? merged.wikidataId,
    },
    record: {
      id: newId,
      keepId,
      mergedId: mergeId,
      mergedName: merged.name,
      seq: facts.nextSeq,
      relationshipsMoved: relationships.filter((r) => r.outcome !== 'DROPPED').length,
    },
    snapshot: {
      version: 1,
      keepId,
      mergedId: mergeId,
      merged: sortProperties(merged.properties),
      keepBefore: sortProperties(keep.properties),
      relationships,
    },
  };
}
