import type { Database } from './database';

/**
 * Runs a batched page query (`UNWIND $requests`, one page per request: Entity.statements or
 * Entity.claimsAbout for every entity of a GraphQL level) and returns the pages in request order, as
 * DataLoader wants them. LIMIT takes no variables in Cypher, so requests are grouped by page size:
 * one query per distinct size, which is one query when a list of entities asks the same `first`.
 */
export interface PageRequestBase {
  limit: number;
}

export interface RawPage<R> {
  total: number;
  rows: R[];
}

export async function loadPages<Q extends PageRequestBase, R>(
  db: Database,
  queryName: string,
  requests: readonly Q[],
  toParam: (request: Q, key: string) => Record<string, unknown>,
): Promise<RawPage<R>[]> {
  const bySize = new Map<number, number[]>();
  requests.forEach((r, i) => bySize.set(r.limit, [...(bySize.get(r.limit) ?? []), i]));
  const pages: RawPage<R>[] = new Array(requests.length);
  await Promise.all(
    [...bySize].map(async ([limit, indexes]) => {
      const rows = await db.read<{ key: string; total: number; rows: R[] }>(queryName, {
        limit,
        requests: indexes.map((i) => toParam(requests[i], String(i))),
      });
      for (const row of rows) pages[Number(row.key)] = { total: row.total, rows: row.rows };
    }),
  );
  return pages.map((p) => p ?? { total: 0, rows: [] });
}
