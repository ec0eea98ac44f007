import type { Database } from '../db/database';
import { toEntityRecord } from '../entity/entityRecord';
import { keyText, TRUNCATE_UNIT, type ActivityKey } from './dashboardKeys';
import type { ActivityBucketRecord, EntityCountRecord, GraphStatsRecord } from './dashboardRecord';

/** Counts for dashboards: activity over time (batched for the DataLoader), top-N lists, headline stats. */
export class DashboardRepository {
  constructor(private readonly db: Database) {}

  async activityByKeys(keys: readonly ActivityKey[]): Promise<ActivityBucketRecord[][]> {
    const requests = keys.map((k) => ({
      key: keyText(k),
      entityId: k.entityId,
      unit: TRUNCATE_UNIT[k.bucket],
      statedAfter: k.statedAfter,
      statedBefore: k.statedBefore,
    }));
    const rows = await this.db.read<{ key: string; buckets: ActivityBucketRecord[] }>('entity-activity-by-ids', { requests });
    const byKey = new Map(rows.map((r) => [r.key, r.buckets]));
    return requests.map((r) => byKey.get(r.key) ?? []);
  }

  topSpeakers(about: string | null, first: number): Promise<EntityCountRecord[]> {
    return this.counts('top-speakers', { about, first });
  }

  topEntities(saidBy: string | null, first: number): Promise<EntityCountRecord[]> {
    return this.counts('top-entities', { saidBy, first });
  }

  async stats(): Promise<GraphStatsRecord> {
    const [row] = await this.db.read<Omit<GraphStatsRecord, 'anonymousShare'> & { anonymousAttributions: number }>('graph-stats');
    const { anonymousAttributions, ...counts } = row;
    return { ...counts, anonymousShare: counts.attributions === 0 ? 0 : anonymousAttributions / counts.attributions };
  }

  private async counts(queryName: string, params: Record<string, unknown>): Promise<EntityCountRecord[]> {
    const rows = await this.db.read<{ entity: Record<string, unknown>; count: number }>(queryName, params);
    return rows.map((r) => ({ entity: toEntityRecord(r.entity), count: r.count }));
  }
}
