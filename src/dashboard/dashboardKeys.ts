import type { EntityGraphEdgeType, TimeBucket, TimeWindow } from './dashboardRecord';

/**
 * Keys of the dashboard DataLoaders. A key is an object (an edge with its window and page size, an
 * entity with its bucket and window), so the loaders cache on its JSON text: two resolvers asking the
 * same thing share one row of the batched query.
 */
export interface EdgeClaimsKey extends TimeWindow {
  type: EntityGraphEdgeType;
  source: string;
  target: string;
  first: number;
}

export interface ActivityKey extends TimeWindow {
  entityId: string;
  bucket: TimeBucket;
}

export const keyText = (key: object): string => JSON.stringify(key);

/** Cypher's datetime.truncate units, from a fixed allow-list (never from request text). */
export const TRUNCATE_UNIT: Record<TimeBucket, 'day' | 'week' | 'month'> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };
