import type { IngestResultResolvers } from '../generated/graphql';
import { required } from './required';

export const IngestResult: IngestResultResolvers = {
  document: async (r, _, ctx) => required(await ctx.loaders.document.load(r.documentId), 'document', r.documentId),
};
