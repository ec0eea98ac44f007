import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  health: () => 'ok',
  entity: (_, { id }, ctx) => ctx.entities.get(id),
  entities: (_, { filter, first, after }, ctx) => ctx.entities.list(filter, first, after),
  claim: (_, { id }, ctx) => ctx.claims.get(id),
  claims: (_, { filter, first, after }, ctx) => ctx.claims.list(filter, first, after),
  document: (_, { id }, ctx) => ctx.loaders.document.load(id),
  search: (_, { text, first }, ctx) => ctx.search.search(text, first),
};
