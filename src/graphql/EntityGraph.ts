import type { EntityGraphEdgeResolvers } from '../generated/graphql';

export const EntityGraphEdge: EntityGraphEdgeResolvers = {
  claims: (edge, { first }, ctx) => ctx.dashboards.edgeClaims(edge, first),
};
