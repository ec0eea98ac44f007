import { BOOKKEEPING_LABELS } from './graphCounts';
import type { TestServer } from './testServer';

/**
 * What "the graph is identical" means for merge + unmerge round trips: for each given node id, its
 * labels, every property with its Cypher type (so a datetime written back as a string, or 2.0 as 2,
 * shows), and the multiset of its relationships as (type, direction, other end id, typed properties);
 * plus the number of nodes per label and relationships per type in the whole graph (its content: not
 * the audit trail or API keys, see BOOKKEEPING_LABELS).
 */
export interface GraphState {
  nodes: Record<string, unknown>;
  counts: { labels: Record<string, number>; types: Record<string, number> };
}

const typed = (x: string) => `[k IN keys(${x}) | [k, valueType(${x}[k]), ${x}[k]]]`;

export async function graphState(server: TestServer, ids: string[]): Promise<GraphState> {
  const rows = await server.cypher(
    `UNWIND $ids AS id
     MATCH (n:Entity|EntityRedirect|Document|Claim|Attribution|Review {id: id})
     RETURN id, labels(n) AS labels, ${typed('n')} AS properties,
            [(n)-[r]-(o) | [type(r), CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END, o.id, ${typed('r')}]] AS relationships`,
    { ids: [...new Set(ids)] },
  );
  const sortJson = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
  const nodes: Record<string, unknown> = {};
  for (const r of rows) {
    const props = (r.properties as unknown[][]).map((p) => JSON.stringify(p)).sort();
    nodes[`${(r.labels as string[]).sort().join(':')} ${r.id as string}`] = { properties: props, relationships: sortJson((r.relationships as unknown[][]).map((x) => [x[0], x[1], x[2], (x[3] as unknown[][]).map((p) => JSON.stringify(p)).sort()])) };
  }
  const labels = await server.cypher('MATCH (n) UNWIND labels(n) AS label WITH label WHERE NOT label IN $bookkeeping RETURN label, count(*) AS n ORDER BY label', { bookkeeping: BOOKKEEPING_LABELS });
  const types = await server.cypher('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
  return {
    nodes,
    counts: {
      labels: Object.fromEntries(labels.map((l) => [l.label as string, l.n as number])),
      types: Object.fromEntries(types.map((t) => [t.type as string, t.n as number])),
    },
  };
}

/** Ids of a node's neighbours (any relationship, either direction), for choosing what graphState covers. */
export async function neighbourIds(server: TestServer, ids: string[]): Promise<string[]> {
  const rows = await server.cypher('UNWIND $ids AS id MATCH (:Entity {id: id})--(o) RETURN DISTINCT o.id AS id', { ids });
  return rows.map((r) => r.id as string);
}
