import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { EntityPrefetch, PageArgs } from '../entity/entityService';

/**
 * The pages an `entity(id)` selection asks for below the entity (claimsAbout, statements: each
 * alias with its own arguments, variables applied), so the service can start them with the entity.
 */
export function entityPrefetch(info: GraphQLResolveInfo): EntityPrefetch {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  const fields = Object.values(tree?.fieldsByTypeName.Entity ?? {});
  const pages = (name: string): PageArgs[] =>
    fields.filter((f) => f.name === name).map((f) => ({ first: f.args.first as number | null | undefined, after: f.args.after as string | null | undefined }));
  return { claimsAbout: pages('claimsAbout'), statements: pages('statements') };
}
