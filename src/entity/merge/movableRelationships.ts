/**
 * The relationships a merge may move from one entity to another, as (type, direction seen from the
 * entity). Cypher cannot take a relationship type as a parameter, so the queries that re-create
 * relationships (cypher/entity-merge-move-relationships.cypher, entity-unmerge-restore-relationships)
 * hold one branch per entry of this list; tests/unit/mergePlan.test.ts checks that they agree. A
 * relationship of any other type or direction makes the merge fail with a clear error instead of
 * being dropped silently.
 */
export type Direction = 'OUT' | 'IN';

export const MOVABLE_RELATIONSHIPS: readonly { type: string; direction: Direction; what: string }[] = [
  { type: 'SAID_BY', direction: 'IN', what: 'statements it made' },
  { type: 'ABOUT', direction: 'IN', what: 'claims about it' },
  { type: 'PUBLISHED_BY', direction: 'IN', what: 'documents it published' },
  { type: 'AUTHORED_BY', direction: 'IN', what: 'documents it wrote' },
  { type: 'AFFILIATED_WITH', direction: 'OUT', what: 'its affiliations' },
  { type: 'AFFILIATED_WITH', direction: 'IN', what: 'members affiliated with it' },
  { type: 'REVIEWED_BY', direction: 'IN', what: 'fact-check reviews it wrote' },
  { type: 'RESOLVES_TO', direction: 'IN', what: 'ids resolved or merged into it' },
];

/** Labels a relationship's other end may have; the first one it has is how unmerge finds it again by id. */
export const OTHER_END_LABELS = ['Entity', 'Document', 'Claim', 'Attribution', 'Review', 'EntityRedirect'] as const;

export function isMovable(type: string, direction: Direction): boolean {
  return MOVABLE_RELATIONSHIPS.some((m) => m.type === type && m.direction === direction);
}
