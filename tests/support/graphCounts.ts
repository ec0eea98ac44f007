import type { TestServer } from './testServer';

/**
 * Whole-graph counts and the latest write times, for "bad input writes nothing" checks: equal
 * snapshots before and after a rejected request mean no node or relationship was added, removed or
 * touched. Integration tests run in one worker, so no other test writes in between.
 * Counts the graph's content only: the audit trail (every committed mutation, a replay included,
 * appends a Revision) and API keys are bookkeeping about the graph (BOOKKEEPING_LABELS);
 * revisions.test.ts checks them on their own.
 */
export const BOOKKEEPING_LABELS = ['Revision', 'RevisionTouch', 'ApiKey'];

export interface GraphCounts {
  nodes: number;
  rels: number;
  lastCreated: string | null;
  lastUpdated: string | null;
}

export async function graphCounts(server: TestServer): Promise<GraphCounts> {
  const [row] = await server.cypher(`
    CALL () { MATCH (n) WHERE NOT any(l IN labels(n) WHERE l IN $bookkeeping) RETURN count(n) AS nodes, max(n.createdAt) AS lastCreated, max(n.updatedAt) AS lastUpdated }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
    RETURN nodes, rels, toString(lastCreated) AS lastCreated, toString(lastUpdated) AS lastUpdated`, { bookkeeping: BOOKKEEPING_LABELS });
  return row as unknown as GraphCounts;
}
