import type { EntityKind, EntityRecord } from '../entityRecord';

/** Why two entities may be the same (the GraphQL enum DuplicateReasonCode). */
export type DuplicateReasonCode =
  | 'SAME_NAME'
  | 'TRANSLITERATED_GIVEN_NAME'
  | 'TRANSLITERATED_NAME'
  | 'GIVEN_NAME_INITIAL'
  | 'SIMILAR_NAME'
  | 'SAME_WIKIDATA_ID'
  | 'SHARED_AFFILIATION'
  | 'SAME_KIND'
  | 'KIND_OTHER';

export interface DuplicateReasonRecord {
  code: DuplicateReasonCode;
  detail: string;
}

/** What the scoring needs to know about one entity of a candidate pair. */
export interface DuplicateSubject {
  id: string;
  name: string;
  aliases: string[];
  kind: EntityKind;
  wikidataId: string | null;
  affiliations: { entityId: string; entityName: string; role: string | null }[];
}

export interface ScoredPair {
  score: number;
  reasons: DuplicateReasonRecord[];
}

/** One duplicate candidate as the API returns it: `a` is the entity whose id sorts first. */
export interface DuplicateCandidateRecord extends ScoredPair {
  a: EntityRecord;
  b: EntityRecord;
}
