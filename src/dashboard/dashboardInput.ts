import type { InputProblem } from '../shared/errors';
import type { TimeWindow } from './dashboardRecord';

/**
 * Validation of the dashboard arguments, as pure functions (unit-tested): each returns the problems
 * found, with the argument's path, so the service can refuse the request before touching Neo4j.
 */
export const MAX_GRAPH_IDS = 50;
export const MAX_DEPTH = 3;
export const MAX_GRAPH_LIMIT = 1000;
export const DEFAULT_DEPTH = 1;
export const DEFAULT_GRAPH_LIMIT = 200;
export const DEFAULT_TOP = 10;
export const DEFAULT_EDGE_CLAIMS = 10;
export const MAX_LIST = 100;

export interface EntityGraphArgs {
  ids: readonly string[];
  depth?: number | null;
  limit?: number | null;
  statedAfter?: string | null;
  statedBefore?: string | null;
}

export interface ValidEntityGraphArgs extends TimeWindow {
  ids: string[];
  depth: number;
  limit: number;
}

export function checkEntityGraphArgs(args: EntityGraphArgs): { value: ValidEntityGraphArgs; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  if (args.ids.length === 0) problems.push({ path: 'ids', message: 'must list at least one entity id' });
  if (args.ids.length > MAX_GRAPH_IDS) problems.push({ path: 'ids', message: `may list at most ${MAX_GRAPH_IDS} ids; got ${args.ids.length}` });
  args.ids.forEach((id, i) => {
    if (id.trim() === '') problems.push({ path: `ids[${i}]`, message: 'is empty' });
  });
  const depth = args.depth ?? DEFAULT_DEPTH;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) problems.push({ path: 'depth', message: `must be between 1 and ${MAX_DEPTH}; got ${depth}` });
  const limit = args.limit ?? DEFAULT_GRAPH_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_GRAPH_LIMIT) problems.push({ path: 'limit', message: `must be between 1 and ${MAX_GRAPH_LIMIT}; got ${limit}` });
  const window = checkWindow(args, problems);
  return { value: { ids: [...args.ids], depth, limit, ...window }, problems };
}

/** statedAfter (inclusive) must come before statedBefore (exclusive) when both are given. */
export function checkWindow(args: { statedAfter?: string | null; statedBefore?: string | null }, problems: InputProblem[], prefix = ''): TimeWindow {
  const statedAfter = args.statedAfter ?? null;
  const statedBefore = args.statedBefore ?? null;
  if (statedAfter !== null && statedBefore !== null && Date.parse(statedBefore) <= Date.parse(statedAfter)) {
    problems.push({ path: `${prefix}statedBefore`, message: `must be later than statedAfter (${statedAfter}); got ${statedBefore}` });
  }
  return { statedAfter, statedBefore };
}

/** A top-N or per-edge list size: the default when not given, else 1 to 100. */
export function checkFirst(first: number | null | undefined, fallback: number, problems: InputProblem[], path = 'first'): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > MAX_LIST) problems.push({ path, message: `must be between 1 and ${MAX_LIST}; got ${value}` });
  return value;
}
