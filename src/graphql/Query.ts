import type { QueryResolvers } from '../generated/graphql';
import { claimPrefetch } from './claimSelection';
import { entityPrefetch } from './entitySelection';

export const Query: QueryResolvers = {
  health: () => 'ok',
  entity: (_, { id }, ctx, info) => ctx.entities.get(id, entityPrefetch(info)),
  entities: (_, { filter, first, after }, ctx) => ctx.entities.list(filter, first, after),
  claim: (_, { id }, ctx, info) => ctx.claims.get(id, claimPrefetch(info)),
  claims: (_, { filter, first, after }, ctx) => ctx.claims.list(filter, first, after),
  document: (_, { id }, ctx) => ctx.loaders.document.load(id),
  search: (_, { text, first, filter }, ctx) => ctx.search.search(text, first, filter),
  duplicateCandidates: (_, { first, kind, minScore, ids }, ctx) => ctx.duplicates.candidates({ first, kind, minScore, ids }),
  entityMerges: (_, { keep, first }, ctx) => ctx.entityMerges.list(keep, first),
  apiKeys: (_, __, ctx) => ctx.apiKeys.list(),
  revisions: (_, { nodeId, first, after }, ctx) => ctx.revisions.list(nodeId, first, after),
  entityGraph: (_, args, ctx) => ctx.dashboards.entityGraph(args),
  topSpeakers: (_, { about, first }, ctx) => ctx.dashboards.topSpeakers(about, first),
  topEntities: (_, { saidBy, first }, ctx) => ctx.dashboards.topEntities(saidBy, first),
  stats: (_, __, ctx) => ctx.dashboards.stats(),
  extractDraft: (_, { text, document }, ctx) => ctx.drafts.extract(text, document),
  drafts: (_, { first, after, status }, ctx) => ctx.drafts.list(first, after, status),
  draft: (_, { id }, ctx) => ctx.drafts.get(id),
};
