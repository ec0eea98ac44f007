import type { AffiliationResolvers, EntityResolvers } from '../generated/graphql';
import { required } from './required';

export const Entity: EntityResolvers = {
  affiliations: (entity, _, ctx) => ctx.loaders.affiliations.load(entity.id),
  statements: (entity, { first, after }, ctx) => ctx.entities.statements(entity.id, first, after),
  claimsAbout: (entity, { first, after }, ctx) => ctx.claims.listAbout(entity.id, first, after),
  activity: (entity, args, ctx) => ctx.dashboards.activity(entity.id, args),
};

export const Affiliation: AffiliationResolvers = {
  entity: async (affiliation, _, ctx) => required(await ctx.loaders.entity.load(affiliation.entityId), 'entity', affiliation.entityId),
};
