import type { Resolvers } from '../generated/graphql';
import { Attribution } from './Attribution';
import { Claim, ClaimRelation } from './Claim';
import { ClaimRelationChange } from './ClaimRelationChange';
import { DateTimeScalar } from './dateTimeScalar';
import { Document } from './Document';
import { Draft } from './Draft';
import { ApiKey } from './ApiKey';
import { Affiliation, Entity } from './Entity';
import { EntityGraphEdge } from './EntityGraph';
import { EntityMerge } from './EntityMerge';
import { IngestResult } from './IngestResult';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Review } from './Review';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Entity,
  Affiliation,
  Claim,
  ClaimRelation,
  Attribution,
  Document,
  IngestResult,
  EntityMerge,
  Review,
  ClaimRelationChange,
  EntityGraphEdge,
  ApiKey,
  Draft,
};
