import type { ClaimRelationResolvers, ClaimResolvers } from '../generated/graphql';

export const Claim: ClaimResolvers = {
  about: (claim, _, ctx) => ctx.loaders.claimAbout.load(claim.id),
  attributions: (claim, _, ctx) => ctx.loaders.claimAttributions.load(claim.id),
  speakers: (claim, _, ctx) => ctx.loaders.claimSpeakers.load(claim.id),
  origins: async (claim, _, ctx) => (await ctx.loaders.claimProvenance.load(claim.id)).origins,
  independentOrigins: async (claim, _, ctx) => (await ctx.loaders.claimProvenance.load(claim.id)).independentOrigins,
  outlets: async (claim, _, ctx) => (await ctx.loaders.claimProvenance.load(claim.id)).outlets,
  sameAsCluster: (claim, _, ctx) => ctx.loaders.claimSameAsCluster.load(claim.id),
  firstReportedBy: (claim, _, ctx) => ctx.loaders.claimFirstReportedBy.load(claim.id),
  related: (claim, _, ctx) => ctx.loaders.claimRelated.load(claim.id),
  reviews: (claim, _, ctx) => ctx.loaders.claimReviews.load(claim.id),
  suggestion: (claim, _, ctx) => ctx.loaders.claimSuggestion.load(claim.id),
};

export const ClaimRelation: ClaimRelationResolvers = {};
