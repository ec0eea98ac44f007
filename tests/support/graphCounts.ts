import type { TestServer } from './testServer';

/**
 * Whole-graph counts and the latest write times, for "bad input writes nothing" checks: equal
 * snapshots before and after a rejected request mean no node or relationship was added, removed or
 * touched. Integration tests run in one worker, so no other test writes in between.
 */
export interface GraphCounts {
  nodes: number;
  rels: number;
  lastCreated: string | null;
  lastUpdated: string | null;
}

export async function graphCounts(server: TestServer): Promise<GraphCounts> {
  const [row] = await server.cypher(`
    CALL () { MATCH (n) RETURN count(n) AS nodes, max(n.createdAt) AS lastCreated, max(n.updatedAt) AS lastUpdated }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
    RETURN nodes, rels, toString(lastCreated) AS lastCreated, toString(lastUpdated) AS lastUpdated`);
  return row as unknown as GraphCounts;
}
