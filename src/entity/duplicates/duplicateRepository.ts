import type { Database } from '../../db/database';
import { toEntityRecord, type EntityKind, type EntityRecord } from '../entityRecord';
import type { DuplicateSubject } from './duplicateRecord';
import { canonicalTable } from './transliteration';

export interface CandidatePair {
  a: EntityRecord;
  b: EntityRecord;
  /** What the scoring compares of a and b: names, aliases, kind, Wikidata id, affiliations. */
  subjects: [DuplicateSubject, DuplicateSubject];
}

/**
 * Candidate pairs from the blocking query (cypher/duplicate-candidate-pairs.cypher): one round trip,
 * at most MAX_PAIRS pairs, never every pair of the graph.
 */
export const MAX_BLOCK_SIZE = 50;
export const MAX_PAIRS = 2000;

type Row = Record<string, unknown> & { affiliations: DuplicateSubject['affiliations'] };

function toSubject(entity: EntityRecord, row: Row): DuplicateSubject {
  return { id: entity.id, name: entity.name, aliases: entity.aliases, kind: entity.kind, wikidataId: entity.wikidataId, affiliations: row.affiliations ?? [] };
}

export class DuplicateRepository {
  constructor(private readonly db: Database) {}

  async candidatePairs(kind: EntityKind | null, ids: string[] | null): Promise<CandidatePair[]> {
    const rows = await this.db.read<{ a: Row; b: Row }>('duplicate-candidate-pairs', {
      kind,
      ids,
      canonical: canonicalTable(),
      maxBlockSize: MAX_BLOCK_SIZE,
      maxPairs: MAX_PAIRS,
    });
    return rows.map((r) => {
      const [a, b] = [toEntityRecord(r.a), toEntityRecord(r.b)];
      return { a, b, subjects: [toSubject(a, r.a), toSubject(b, r.b)] };
    });
  }
}
