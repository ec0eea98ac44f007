import { toAttributionRecord, type AttributionRecord } from '../attribution/attributionRecord';
import { loadByIds } from '../db/batch';
import type { Database } from '../db/database';
import { toEntityRecord, type EntityRecord } from '../entity/entityRecord';
import { toDocumentRecord, type DocumentRecord } from './documentRecord';

export class DocumentRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: readonly string[]): Promise<(DocumentRecord | null)[]> {
    return loadByIds(this.db, 'documents-by-ids', ids, 'id', 'document', null, (raw) => toDocumentRecord(raw as Record<string, unknown>));
  }

  authorsByIds(ids: readonly string[]): Promise<EntityRecord[][]> {
    return loadByIds(this.db, 'document-authors-by-ids', ids, 'id', 'entities', [], (raw) => (raw as Record<string, unknown>[]).map(toEntityRecord));
  }

  attributionsByIds(ids: readonly string[]): Promise<AttributionRecord[][]> {
    return loadByIds(this.db, 'document-attributions-by-ids', ids, 'id', 'attributions', [], (raw) => (raw as Record<string, unknown>[]).map(toAttributionRecord));
  }
}
