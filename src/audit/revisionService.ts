import { decodeCursor, encodeCursor, pageSize, toConnection } from '../shared/cursor';
import { parseDateTime } from '../shared/dateTime';
import { BadUserInputError } from '../shared/errors';
import type { RevisionConnectionRecord } from './revisionRecord';
import type { RevisionRepository } from './revisionRepository';

/**
 * `revisions(nodeId, first, after)`: the audit trail of one node id, newest first. A read like any
 * other (open unless READ_REQUIRES_KEY=true). There is deliberately no way to change or delete one.
 */
export class RevisionService {
  constructor(private readonly repository: RevisionRepository) {}

  async list(nodeId: string, first: number | null | undefined, after: string | null | undefined): Promise<RevisionConnectionRecord> {
    const limit = pageSize(first);
    const position = decodeCursor(after, 'after', 'revisions');
    // The cursor is opaque but decodable: a hand-made one must still hold an instant, or Cypher's
    // datetime() would fail with a server error instead of this clear one.
    if (position && (typeof position.key !== 'string' || parseDateTime(position.key) === undefined)) {
      throw new BadUserInputError([{ path: 'after', message: 'is not a cursor this API issued; pass a pageInfo.endCursor from a previous page' }]);
    }
    const page = await this.repository.page(nodeId, position, limit + 1);
    return toConnection(page.rows, limit, page.total, (p) => encodeCursor(p, 'revisions'));
  }
}
