import type { Connection } from '../shared/connection';

export type ClaimRelationType = 'SUPPORTS' | 'CONTRADICTS' | 'NARROWS' | 'SAME_AS';
export const CLAIM_RELATION_TYPES: readonly ClaimRelationType[] = ['SUPPORTS', 'CONTRADICTS', 'NARROWS', 'SAME_AS'];

export interface ClaimRecord {
  id: string;
  text: string;
}

export interface ClaimRelationRecord {
  type: ClaimRelationType;
  direction: 'OUTGOING' | 'INCOMING';
  claim: ClaimRecord;
}

export type ClaimConnectionRecord = Connection<ClaimRecord>;

export function toClaimRecord(row: Record<string, unknown>): ClaimRecord {
  return { id: row.id as string, text: row.text as string };
}
