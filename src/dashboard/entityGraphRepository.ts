import type { Database } from '../db/database';
import { toClaimRecord, type ClaimRecord } from '../claim/claimRecord';
import type { EntityKind } from '../entity/entityRecord';
import { keyText, type EdgeClaimsKey } from './dashboardKeys';
import { edgeId, type EntityGraphEdgeType, type EntityGraphRecord, type TimeWindow } from './dashboardRecord';

export interface EntityGraphQuery extends TimeWindow {
  /** Canonical ids of the entities the graph grows from; always kept. */
  seeds: string[];
  depth: number;
  /** At most this many entities in all, seeds included (seeds are kept even past it). */
  limit: number;
}

interface HopRow {
  reachedCount: number;
  kept: string[];
}

interface ViewRow {
  nodes: { id: string; label: string; kind: EntityKind; anonymous: boolean; weight: number }[];
  edges: { type: EntityGraphEdgeType; source: string; target: string; weight: number }[];
}

/**
 * entityGraph's Cypher: the bounded expansion, hop by hop (cypher/entity-graph-hop.cypher), then the
 * nodes and edges among what was kept (entity-graph-view.cypher); the claims behind many edges are
 * one batched query. Each step is its own read, so each has the whole read timeout (the first run of
 * these queries spends a second or two on planning); a node removed between two steps is simply not
 * in the view, whose edges only join the nodes it returns.
 */
export class EntityGraphRepository {
  constructor(private readonly db: Database) {}

  async graph(q: EntityGraphQuery): Promise<EntityGraphRecord> {
    const window = { statedAfter: q.statedAfter, statedBefore: q.statedBefore };
    const { ids, truncated } = await this.expand(q, window);
    const [view] = await this.db.read<ViewRow>('entity-graph-view', { ids, ...window });
    // The seeds first, then each hop's entities in the order the expansion kept them (heaviest first).
    const position = new Map(ids.map((id, i) => [id, i]));
    const nodes = [...view.nodes].sort((a, b) => position.get(a.id)! - position.get(b.id)!);
    const edges = view.edges.map((e) => ({ ...e, id: edgeId(e.type, e.source, e.target), window }));
    return { nodes, edges, truncated };
  }

  /**
   * Grows the set of entity ids one hop at a time from the seeds. Each hop may add at most what is
   * left of `limit`; when a hop reaches more entities than it may keep, the graph is truncated.
   */
  private async expand(q: EntityGraphQuery, window: TimeWindow): Promise<{ ids: string[]; truncated: boolean }> {
    const ids = [...q.seeds];
    let frontier = [...q.seeds];
    let truncated = false;
    for (let hop = 1; hop <= q.depth && frontier.length > 0; hop += 1) {
      const perHop = Math.max(0, q.limit - ids.length);
      const [row] = await this.db.read<HopRow>('entity-graph-hop', { frontier, visited: ids, perHop, ...window });
      if (row.reachedCount > row.kept.length) truncated = true;
      ids.push(...row.kept);
      frontier = row.kept;
    }
    return { ids, truncated };
  }

  /** The claims behind each edge, in the order of `keys`, for the per-request DataLoader. */
  async edgeClaims(keys: readonly EdgeClaimsKey[]): Promise<ClaimRecord[][]> {
    const edges = keys.map((k) => ({ key: keyText(k), ...k }));
    const rows = await this.db.read<{ key: string; claims: Record<string, unknown>[] }>('entity-graph-edge-claims', { edges });
    const byKey = new Map(rows.map((r) => [r.key, r.claims.map(toClaimRecord)]));
    return edges.map((e) => byKey.get(e.key) ?? []);
  }
}
