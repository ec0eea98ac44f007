import type { AttributionRecord } from '../attribution/attributionRecord';
import type { ClaimRecord } from '../claim/claimRecord';
import type { EntityRecord } from '../entity/entityRecord';

/** `__typename` tells GraphQL which member of the SearchResult union a hit is. */
export type SearchNode =
  | (ClaimRecord & { __typename: 'Claim' })
  | (EntityRecord & { __typename: 'Entity' })
  | (AttributionRecord & { __typename: 'Attribution' });

export interface SearchHitRecord {
  score: number;
  node: SearchNode;
}
