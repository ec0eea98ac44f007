import type { Loaders } from '../server/loaders';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../shared/cursor';
import { BadUserInputError } from '../shared/errors';
import type { EntityConnectionRecord, EntityKind, EntityRecord } from './entityRecord';
import type { AttributionConnectionRecord } from '../attribution/attributionRecord';
import type { EntityRepository } from './entityRepository';
import type { ClaimService } from '../claim/claimService';
import { nameKey } from './nameKey';

export interface EntityFilterInput {
  name?: string | null;
  kind?: EntityKind | null;
  anonymous?: boolean | null;
}

/** Pages an `entity(id)` selection asks for below the entity (from src/graphql/entitySelection.ts). */
export interface EntityPrefetch {
  claimsAbout: PageArgs[];
  statements: PageArgs[];
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const NO_ENTITY_PREFETCH: EntityPrefetch = { claimsAbout: [], statements: [] };

export class EntityService {
  constructor(private readonly repository: EntityRepository, private readonly loaders: Loaders, private readonly claims: ClaimService) {}

  /**
   * One entity. The pages its selection asks for (`prefetch`) are requested at the same time, so
   * their query runs alongside the entity's instead of after it; the nested resolvers then find them
   * in the per-request loaders. A prefetch that fails is left for its resolver to report.
   */
  get(id: string, prefetch: EntityPrefetch = NO_ENTITY_PREFETCH): Promise<EntityRecord | null> {
    for (const p of prefetch.claimsAbout) this.claims.listAbout(id, p.first, p.after).catch(() => undefined);
    for (const p of prefetch.statements) this.statements(id, p.first, p.after).catch(() => undefined);
    return this.loaders.entity.load(id);
  }

  async list(filter: EntityFilterInput | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<EntityConnectionRecord> {
    const limit = pageSize(first);
    let key: string | null = null;
    if (filter?.name !== undefined && filter?.name !== null) {
      key = nameKey(filter.name);
      if (!key) throw new BadUserInputError([{ path: 'filter.name', message: 'has no letters or digits to match' }]);
    }
    const page = await this.repository.page({
      nameKey: key,
      kind: filter?.kind ?? null,
      anonymous: filter?.anonymous ?? null,
      after: decodeCursor(after, 'after', 'entities'),
      limit: limit + 1,
    });
    return toConnection(page.rows, limit, page.total, (p) => encodeCursor(p, 'entities'));
  }

  async statements(entityId: string, first: number | null | undefined, after: string | null | undefined): Promise<AttributionConnectionRecord> {
    const limit = pageSize(first);
    // Through the loader: for a list of entities, every page comes from one query.
    const page = await this.loaders.entityStatements.load({ entityId, after: decodeCursor(after, 'after', 'statements'), limit: limit + 1 });
    return toConnection(page.rows, limit, page.total, (p) => encodeCursor(p, 'statements'));
  }
}
