import type { ReviewResolvers } from '../generated/graphql';
import { required } from './required';

export const Review: ReviewResolvers = {
  claim: async (r, _, ctx) => required(await ctx.loaders.claim.load(r.claimId), 'claim', r.claimId),
  reviewer: async (r, _, ctx) => required(await ctx.loaders.entity.load(r.reviewerId), 'entity', r.reviewerId),
};
