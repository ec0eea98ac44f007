import type { ScoredPair } from './duplicateRecord';

/**
 * Orders scored pairs best first and keeps the first `first` at or above `minScore`. Ties are broken
 * by the two ids, so the same graph always gives the same list in the same order.
 */
/** Plain code-unit order, as Cypher orders strings: independent of the machine's locale. */
const byCodeUnit = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export function rankDuplicates<T extends ScoredPair & { a: { id: string }; b: { id: string } }>(pairs: T[], first: number, minScore: number | null): T[] {
  return pairs
    .filter((p) => minScore === null || p.score >= minScore)
    .sort((p, q) => q.score - p.score || byCodeUnit(p.a.id, q.a.id) || byCodeUnit(p.b.id, q.b.id))
    .slice(0, first);
}
