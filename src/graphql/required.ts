/**
 * For non-null fields resolved through a loader: the graph's integrity (enforced at ingest) says the
 * node exists; if it does not, say which link is broken rather than returning a bare null error.
 */
export function required<T>(value: T | null | undefined, what: string, id: string): T {
  if (value === null || value === undefined) throw new Error(`Broken link in the graph: ${what} "${id}" not found`);
  return value;
}
