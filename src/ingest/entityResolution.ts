import { nameKeys } from '../entity/nameKey';
import type { EntityKind } from '../entity/entityRecord';
import type { BundleEntity } from './bundle';

/**
 * Decides what each bundle entity is: a new entity, the existing entity with its id, or an existing
 * entity under another id (a known redirect, the same Wikidata id, or the same normalised name or
 * alias). Pure: the graph facts come in as `GraphFacts`.
 */
export type Resolution = 'CREATED' | 'SAME_ID' | 'KNOWN_ALIAS_ID' | 'NAME' | 'WIKIDATA';

export interface GraphFacts {
  existingEntityIds: Set<string>;
  redirects: Map<string, string>;
  nameMatches: { id: string; kind: EntityKind; nameKeys: string[] }[];
  wikidataMatches: { id: string; kind: EntityKind; wikidataId: string }[];
}

export interface ResolvedEntity {
  bundleId: string;
  resolvedId: string;
  resolution: Resolution;
}

/** Kinds agree, or one side is OTHER: "Georgia" the country is not "Georgia" a person. */
function kindsCompatible(a: EntityKind, b: EntityKind): boolean {
  return a === b || a === 'OTHER' || b === 'OTHER';
}

export function resolveEntity(entity: BundleEntity, facts: GraphFacts): ResolvedEntity {
  const bundleId = entity.id;
  if (facts.existingEntityIds.has(entity.id)) return { bundleId, resolvedId: entity.id, resolution: 'SAME_ID' };
  const redirect = facts.redirects.get(entity.id);
  if (redirect) return { bundleId, resolvedId: redirect, resolution: 'KNOWN_ALIAS_ID' };
  if (entity.wikidataId) {
    const match = facts.wikidataMatches
      .filter((m) => m.wikidataId === entity.wikidataId)
      .sort((a, b) => a.id.localeCompare(b.id))[0];
    if (match) return { bundleId, resolvedId: match.id, resolution: 'WIKIDATA' };
  }
  const keys = new Set(nameKeys(entity.name, entity.aliases));
  const byName = facts.nameMatches
    .filter((m) => kindsCompatible(m.kind, entity.kind) && m.nameKeys.some((k) => keys.has(k)))
    // Prefer the same kind, then a stable order, so resolution does not depend on query order.
    .sort((a, b) => Number(b.kind === entity.kind) - Number(a.kind === entity.kind) || a.id.localeCompare(b.id))[0];
  if (byName) return { bundleId, resolvedId: byName.id, resolution: 'NAME' };
  return { bundleId, resolvedId: entity.id, resolution: 'CREATED' };
}
