import type { AttributionRecord } from '../attribution/attributionRecord';
import type { ClaimRecord } from '../claim/claimRecord';
import type { EntityRecord } from '../entity/entityRecord';

/** `__typename` tells GraphQL which member of the SearchResult union a hit is. */
export type SearchNode =
  | (ClaimRecord & { __typename: 'Claim' })
  | (EntityRecord & { __typename: 'Entity' })
  | (AttributionRecord & { __typename: 'Attribution' });

export type SearchResultKind = 'CLAIM' | 'ATTRIBUTION' | 'ENTITY';
export const SEARCH_RESULT_KINDS: readonly SearchResultKind[] = ['CLAIM', 'ATTRIBUTION', 'ENTITY'];

/** The text of a hit that matched (see schema/search.graphql, SearchMatchedField). */
export type SearchMatchedField = 'CLAIM_TEXT' | 'QUOTE' | 'ENTITY_NAME' | 'ENTITY_ALIAS';

/** A hit as the repository finds it: the node and its relevance. */
export interface SearchMatch {
  score: number;
  node: SearchNode;
}

/** A hit as the API returns it: the match plus the highlighted text the service adds. */
export interface SearchHitRecord extends SearchMatch {
  snippet: string;
  matchedField: SearchMatchedField;
}

/** What the repository searches for: an escaped Lucene query and filters with validated values. */
export interface SearchQuery {
  luceneQuery: string;
  limit: number;
  kinds: SearchResultKind[];
  saidBy: string[];
  about: string[];
  statedAfter: string | null;
  statedBefore: string | null;
}
