import type { EntityKind, EntityRecord } from '../entity/entityRecord';

/** What the dashboard queries hand to the API: plain values only. */

export type EntityGraphEdgeType = 'STATED_ABOUT' | 'CO_MENTIONED' | 'AFFILIATED_WITH' | 'PUBLISHED';

/** The statement-time window a graph was asked for; edges carry it so `claims` applies the same one. */
export interface TimeWindow {
  statedAfter: string | null;
  statedBefore: string | null;
}

export interface EntityGraphNodeRecord {
  id: string;
  label: string;
  kind: EntityKind;
  anonymous: boolean;
  weight: number;
}

export interface EntityGraphEdgeRecord {
  id: string;
  source: string;
  target: string;
  type: EntityGraphEdgeType;
  weight: number;
  window: TimeWindow;
}

export interface EntityGraphRecord {
  nodes: EntityGraphNodeRecord[];
  edges: EntityGraphEdgeRecord[];
  truncated: boolean;
}

export type TimeBucket = 'DAY' | 'WEEK' | 'MONTH';

export interface ActivityBucketRecord {
  start: string;
  statements: number;
  claimsAbout: number;
}

export interface EntityCountRecord {
  entity: EntityRecord;
  count: number;
}

export interface GraphStatsRecord {
  entities: number;
  claims: number;
  attributions: number;
  documents: number;
  anonymousShare: number;
}

/**
 * A stable edge id a client can diff on: `TYPE:source->target`, or `CO_MENTIONED:a--b` for the one
 * undirected type (its source is always the smaller id).
 */
export function edgeId(type: EntityGraphEdgeType, source: string, target: string): string {
  return type === 'CO_MENTIONED' ? `${type}:${source}--${target}` : `${type}:${source}->${target}`;
}
