import type { Tx } from '../db/database';
import type { RevisionDraft } from './revisionDraft';

/**
 * Writes a mutation's Revision with the transaction of the mutation itself: if the mutation rolls
 * back (bad input, a crash, a lost connection), so does its revision, and a committed change always
 * has one. Every write transaction of a mutation calls this last, once its plan has passed
 * validation. `touched` is the set of node ids the mutation wrote; order and duplicates do not matter.
 */
export async function recordRevision(tx: Tx, draft: RevisionDraft, touched: Iterable<string>): Promise<void> {
  const ids = [...new Set(touched)].filter((id) => typeof id === 'string' && id !== '').sort();
  await tx.run('revision-record', { revision: { ...draft, touched: ids } });
}
