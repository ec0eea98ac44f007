import type { ClaimRecord } from '../claim/claimRecord';
import type { Loaders } from '../server/loaders';
import { BadUserInputError, type InputProblem } from '../shared/errors';
import { checkEntityGraphArgs, checkFirst, checkWindow, DEFAULT_EDGE_CLAIMS, DEFAULT_TOP, type EntityGraphArgs } from './dashboardInput';
import type { ActivityBucketRecord, EntityCountRecord, EntityGraphEdgeRecord, EntityGraphRecord, GraphStatsRecord, TimeBucket } from './dashboardRecord';
import type { DashboardRepository } from './dashboardRepository';
import type { EntityGraphRepository } from './entityGraphRepository';

function refuse(problems: InputProblem[]): void {
  if (problems.length > 0) throw new BadUserInputError(problems);
}

/**
 * Dashboards: the entity graph, activity over time, top-N lists and headline numbers. Validates the
 * arguments (BAD_USER_INPUT with the argument's path) and hands the work to the repositories or the
 * per-request loaders.
 */
export class DashboardService {
  constructor(
    private readonly graphs: EntityGraphRepository,
    private readonly counts: DashboardRepository,
    private readonly loaders: Loaders,
  ) {}

  async entityGraph(args: EntityGraphArgs): Promise<EntityGraphRecord> {
    const { value, problems } = checkEntityGraphArgs(args);
    refuse(problems);
    // Unknown ids are an error, not an empty graph; merged and resolved ids become their entity's id
    // (the entity loader follows EntityRedirect), so a graph asked by an old id is the same graph.
    const entities = await this.loaders.entity.loadMany(value.ids);
    const unknown: InputProblem[] = [];
    const seeds: string[] = [];
    entities.forEach((entity, i) => {
      if (entity === null || entity instanceof Error) unknown.push({ path: `ids[${i}]`, id: value.ids[i], message: 'no entity has this id' });
      else if (!seeds.includes(entity.id)) seeds.push(entity.id);
    });
    refuse(unknown);
    return this.graphs.graph({ seeds, depth: value.depth, limit: value.limit, statedAfter: value.statedAfter, statedBefore: value.statedBefore });
  }

  edgeClaims(edge: EntityGraphEdgeRecord, first: number | null | undefined): Promise<ClaimRecord[]> {
    const problems: InputProblem[] = [];
    const size = checkFirst(first, DEFAULT_EDGE_CLAIMS, problems, 'claims.first');
    refuse(problems);
    if (edge.type === 'AFFILIATED_WITH') return Promise.resolve([]);
    return this.loaders.edgeClaims.load({ type: edge.type, source: edge.source, target: edge.target, first: size, ...edge.window });
  }

  activity(entityId: string, args: { bucket?: TimeBucket | null; statedAfter?: string | null; statedBefore?: string | null }): Promise<ActivityBucketRecord[]> {
    const problems: InputProblem[] = [];
    const window = checkWindow(args, problems, 'activity.');
    refuse(problems);
    return this.loaders.entityActivity.load({ entityId, bucket: args.bucket ?? 'DAY', ...window });
  }

  topSpeakers(about: string | null | undefined, first: number | null | undefined): Promise<EntityCountRecord[]> {
    const problems: InputProblem[] = [];
    const size = checkFirst(first, DEFAULT_TOP, problems);
    refuse(problems);
    return this.counts.topSpeakers(about ?? null, size);
  }

  topEntities(saidBy: string | null | undefined, first: number | null | undefined): Promise<EntityCountRecord[]> {
    const problems: InputProblem[] = [];
    const size = checkFirst(first, DEFAULT_TOP, problems);
    refuse(problems);
    return this.counts.topEntities(saidBy ?? null, size);
  }

  stats(): Promise<GraphStatsRecord> {
    return this.counts.stats();
  }
}
