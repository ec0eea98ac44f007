import type { Connection } from '../shared/connection';

export type EntityKind = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'GROUP' | 'LOCATION' | 'WEAPON_SYSTEM' | 'EVENT' | 'OTHER';

export const ENTITY_KINDS: readonly EntityKind[] = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'GROUP', 'LOCATION', 'WEAPON_SYSTEM', 'EVENT', 'OTHER'];

/** An entity as the repositories hand it to the API: plain values only. */
export interface EntityRecord {
  id: string;
  name: string;
  kind: EntityKind;
  anonymous: boolean;
  description: string | null;
  aliases: string[];
  wikidataId: string | null;
}

export interface AffiliationRecord {
  entityId: string;
  role: string | null;
  since: string | null;
  until: string | null;
}

export type EntityConnectionRecord = Connection<EntityRecord>;

export function toEntityRecord(row: Record<string, unknown>): EntityRecord {
  return {
    id: row.id as string,
    name: row.name as string,
    kind: row.kind as EntityKind,
    anonymous: Boolean(row.anonymous),
    description: (row.description as string | null) ?? null,
    aliases: (row.aliases as string[] | null) ?? [],
    wikidataId: (row.wikidataId as string | null) ?? null,
  };
}
