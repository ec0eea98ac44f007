import type { ClaimRelationType } from './claimRecord';

/** What relateClaims / unrelateClaims did: the relation `from TYPE to`, and whether the graph changed. */
export interface ClaimRelationChangeRecord {
  fromId: string;
  type: ClaimRelationType;
  toId: string;
  changed: boolean;
}

/** What the relate/unrelate queries report: which claims exist (nothing is written unless both do). */
export interface ClaimRelationWriteResult {
  fromExists: boolean;
  toExists: boolean;
  changed: boolean;
}
