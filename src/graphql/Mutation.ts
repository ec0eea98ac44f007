import type { MutationResolvers } from '../generated/graphql';

export const Mutation: MutationResolvers = {
  ingestDocument: (_, { input }, ctx) => ctx.ingest.ingest(input),
};
