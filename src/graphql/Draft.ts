import type { DraftResolvers } from '../generated/graphql';

/** A draft's ingested document, once it is accepted (one batched load per response level). */
export const Draft: DraftResolvers = {
  document: (draft, _, ctx) => (draft.documentId ? ctx.loaders.document.load(draft.documentId) : null),
};
