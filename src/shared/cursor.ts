import { BadUserInputError } from './errors';

/**
 * Opaque keyset cursors: the sort key and id of the last item of a page, base64url-encoded JSON.
 * Opaque so clients do not build them; validated so a tampered cursor is a clear error, not a crash.
 * A cursor may name its list (`entities`, `statements`): a cursor from one list passed to another
 * would otherwise compare unlike sort keys and silently answer an empty page.
 */
export interface CursorPosition {
  key: string | number;
  id: string;
}

export function encodeCursor(position: CursorPosition, list?: string): string {
  const parts = list === undefined ? [position.key, position.id] : [position.key, position.id, list];
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, argument = 'after', list?: string): CursorPosition | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const shapeOk = Array.isArray(value) && ['string', 'number'].includes(typeof value[0]) && typeof value[1] === 'string';
    const listOk = list === undefined ? Array.isArray(value) && value.length === 2 : Array.isArray(value) && value.length === 3 && value[2] === list;
    if (shapeOk && listOk) {
      return { key: value[0] as string | number, id: value[1] as string };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError([{ path: argument, message: 'is not a cursor this API issued; pass a pageInfo.endCursor from a previous page' }]);
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Validates `first`: defaults to 20, at most 100. */
export function pageSize(first: number | null | undefined, argument = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError([{ path: argument, message: `must be between 0 and ${MAX_PAGE_SIZE}; got ${first}` }]);
  }
  return first;
}

/**
 * Builds a connection from a page fetched with limit + 1 rows (the extra row tells if there is more).
 * `encode` lets a list whose cursors carry more than the position (claims: a snapshot time) make its own.
 */
export function toConnection<T extends { id: string }, K extends string | number = string | number>(
  rows: { key: K; node: T }[],
  limit: number,
  totalCount: number,
  encode: (position: { key: K; id: string }) => string = encodeCursor,
) {
  const page = rows.slice(0, limit);
  const edges = page.map((r) => ({ cursor: encode({ key: r.key, id: r.node.id }), node: r.node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
