import type { DocumentResolvers } from '../generated/graphql';

export const Document: DocumentResolvers = {
  publisher: (d, _, ctx) => (d.publisherId ? ctx.loaders.entity.load(d.publisherId) : null),
  authors: (d, _, ctx) => ctx.loaders.documentAuthors.load(d.id),
  attributions: (d, _, ctx) => ctx.loaders.documentAttributions.load(d.id),
};
