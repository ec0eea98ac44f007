import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { ClaimPrefetch } from '../claim/claimPrefetch';

/**
 * What a `claim(id)` selection reaches below the claim (through aliases, fragments, @include and
 * @skip), so the service can read it with the claim in one query instead of one query per level.
 */
export function claimPrefetch(info: GraphQLResolveInfo): ClaimPrefetch {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  const fields = Object.values(tree?.fieldsByTypeName.Claim ?? {});
  const named = (name: string) => fields.filter((f) => f.name === name);
  const attributions = named('attributions');
  return {
    attributions: attributions.length > 0 || named('speakers').length > 0,
    chains: attributions.some((a) => Object.values(a.fieldsByTypeName.Attribution ?? {}).some((f) => f.name === 'chain')),
    provenance: ['origins', 'independentOrigins', 'outlets'].some((n) => named(n).length > 0),
  };
}
