import type { AttributionResolvers } from '../generated/graphql';
import { required } from './required';

export const Attribution: AttributionResolvers = {
  claim: async (a, _, ctx) => required(await ctx.loaders.claim.load(a.claimId), 'claim', a.claimId),
  speaker: async (a, _, ctx) => required(await ctx.loaders.entity.load(a.speakerId), 'entity', a.speakerId),
  document: async (a, _, ctx) => required(await ctx.loaders.document.load(a.documentId), 'document', a.documentId),
  via: (a, _, ctx) => (a.viaId ? ctx.loaders.attribution.load(a.viaId) : null),
  basis: (a, _, ctx) => (a.basisId ? ctx.loaders.document.load(a.basisId) : null),
  chain: (a, _, ctx) => ctx.loaders.attributionChain.load(a.id),
  suggestion: (a, _, ctx) => ctx.loaders.attributionSuggestion.load(a.id),
};
