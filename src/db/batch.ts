import type { Database } from './database';

/**
 * Runs a batched `UNWIND $ids` query and returns its results in the order of `ids`, as DataLoader
 * wants them. `key` names the column holding the id a row belongs to, `value` the column to return.
 */
export async function loadByIds<T>(
  db: Database,
  queryName: string,
  ids: readonly string[],
  key: string,
  value: string,
  missing: T,
  map: (raw: unknown) => T = (raw) => raw as T,
): Promise<T[]> {
  const rows = await db.read(queryName, { ids: [...ids] });
  const byId = new Map(rows.map((r) => [r[key] as string, map(r[value])]));
  return ids.map((id) => byId.get(id) ?? missing);
}
