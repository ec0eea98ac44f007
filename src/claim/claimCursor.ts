import { BadUserInputError } from '../shared/errors';

/**
 * Cursors of `claims` carry, besides the position (sort key and id of the last claim of a page), the
 * moment the first page was read (`asOf`, epoch millis). Every later page is read as of that moment:
 * claims and attributions recorded afterwards are left out. Without it, a new attribution of a claim
 * not yet reached would make that claim newer, move it in front of the cursor and skip it, and an
 * inserted claim would change totalCount between pages. Opaque like every cursor (base64url JSON).
 */
export interface ClaimCursor {
  key: number;
  id: string;
  asOf: number;
}

export function encodeClaimCursor(cursor: ClaimCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id, cursor.asOf])).toString('base64url');
}

export function decodeClaimCursor(cursor: string | null | undefined, argument = 'after'): ClaimCursor | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) && value.length === 3 &&
      Number.isSafeInteger(value[0]) && typeof value[1] === 'string' && Number.isSafeInteger(value[2])
    ) {
      return { key: value[0] as number, id: value[1], asOf: value[2] as number };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError([{ path: argument, message: 'is not a cursor this API issued; pass a pageInfo.endCursor from a previous page' }]);
}
