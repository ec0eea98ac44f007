import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  ingestDocument: (_, { input }, ctx) => ctx.ingest.ingest(input),
  mergeEntities: (_, { keep, merge }, ctx) => ctx.entityMerges.merge(keep, merge),
  unmergeEntities: (_, { mergedId }, ctx) => ctx.entityMerges.unmerge(mergedId),
  relateClaims: (_, { from, type, to }, ctx) => ctx.claimRelations.relate(from, type, to),
  unrelateClaims: (_, { from, type, to }, ctx) => ctx.claimRelations.unrelate(from, type, to),
  addReview: (_, { input }, ctx) => ctx.reviews.add(input),
  createApiKey: (_, { input }, ctx) => ctx.apiKeys.create(input),
  revokeApiKey: (_, { id }, ctx) => ctx.apiKeys.revoke(id),
  saveDraft: (_, { text, document }, ctx) => ctx.drafts.save(text, document),
  acceptDraft: (_, { id, edits }, ctx) => ctx.drafts.accept(id, edits),
  rejectDraft: (_, { id, reason }, ctx) => ctx.drafts.reject(id, reason),
};
