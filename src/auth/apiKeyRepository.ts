import { recordRevision } from '../audit/recordRevision';
import type { RevisionDraft } from '../audit/revisionDraft';
import type { Database } from '../db/database';
import { toApiKeyRecord, type ApiKeyRecord } from './apiKeyRecord';
import type { Role } from './roles';

/** A key to store: everything but the secret itself, which is never written anywhere. */
export interface NewApiKeyRow {
  id: string;
  secretHash: string;
  name: string;
  role: Role;
  createdAt: string;
  expiresAt: string | null;
  introspection: boolean;
}

/**
 * The Cypher of API keys. Creating and revoking are mutations, so each runs in one write transaction
 * with its Revision; the lookup by hash is the one read every authenticated request makes.
 */
export class ApiKeyRepository {
  constructor(private readonly db: Database) {}

  create(row: NewApiKeyRow, revision: RevisionDraft): Promise<ApiKeyRecord> {
    return this.db.writeTransaction(async (tx) => {
      const [created] = await tx.run<{ key: Record<string, unknown> }>('api-key-create', { key: row });
      await recordRevision(tx, revision, [row.id]);
      return toApiKeyRecord(created.key);
    });
  }

  /**
   * Revokes a key; `check` sees the outcome first and throws on an unknown id, which rolls the
   * transaction back (no revision is written for a mutation that failed).
   */
  revoke(id: string, now: string, revision: RevisionDraft, check: (key: ApiKeyRecord | null) => ApiKeyRecord): Promise<ApiKeyRecord> {
    return this.db.writeTransaction(async (tx) => {
      const [row] = await tx.run<{ key: Record<string, unknown> | null }>('api-key-revoke', { id, now });
      const key = check(row.key ? toApiKeyRecord(row.key) : null);
      await recordRevision(tx, revision, [id]);
      return key;
    });
  }

  async list(): Promise<ApiKeyRecord[]> {
    const rows = await this.db.read<{ key: Record<string, unknown> }>('api-keys-list');
    return rows.map((r) => toApiKeyRecord(r.key));
  }

  /** The key stored under this secret hash, with the hash as stored; null when there is none. */
  async byHash(secretHash: string): Promise<{ key: ApiKeyRecord; secretHash: string } | null> {
    const [row] = await this.db.read<{ key: Record<string, unknown>; secretHash: string }>('api-key-by-hash', { secretHash });
    return row ? { key: toApiKeyRecord(row.key), secretHash: row.secretHash } : null;
  }
}
