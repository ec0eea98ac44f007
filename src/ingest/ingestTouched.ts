import type { WritePlan } from './ingestRepository';

/**
 * The node ids an ingest writes, for its Revision's `touched`: every document, entity (the id as
 * written and, when resolution made it an existing entity, that entity, which gains names), claim,
 * attribution and review of the bundle, plus the claims its relations link and its reviews judge
 * (their history shows who related or reviewed them).
 */
export function ingestTouched(write: WritePlan): string[] {
  const ids = (rows: Record<string, unknown>[], ...keys: string[]) => rows.flatMap((r) => keys.map((k) => r[k]).filter((v): v is string => typeof v === 'string'));
  return [
    ...new Set([
      ...ids(write.documents, 'id'),
      ...ids(write.upsertEntities, 'id'),
      ...ids(write.resolveEntities, 'id', 'targetId'),
      ...ids(write.claims, 'id'),
      ...ids(write.attributions, 'id'),
      ...ids(write.relations, 'from', 'to'),
      ...ids(write.reviews, 'id', 'claim'),
    ]),
  ].sort();
}
