import type { ClaimRelationChangeResolvers } from '../generated/graphql';
import { required } from './required';

export const ClaimRelationChange: ClaimRelationChangeResolvers = {
  from: async (c, _, ctx) => required(await ctx.loaders.claim.load(c.fromId), 'claim', c.fromId),
  to: async (c, _, ctx) => required(await ctx.loaders.claim.load(c.toId), 'claim', c.toId),
};
