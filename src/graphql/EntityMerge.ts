import type { EntityMergeResolvers } from '../generated/graphql';
import { required } from './required';

export const EntityMerge: EntityMergeResolvers = {
  keep: async (merge, _, ctx) => required(await ctx.loaders.entity.load(merge.keepId), 'entity', merge.keepId),
};
