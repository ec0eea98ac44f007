import type { Role } from './roles';

/**
 * An API key as the repositories hand it out: never its secret or the secret's hash (those stay in
 * the repository and the authenticator).
 */
export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  introspection: boolean;
}

export type ApiKeyStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

/** A new key and its secret: the only time the secret exists outside the client's hands. */
export interface CreatedApiKeyRecord {
  apiKey: ApiKeyRecord;
  secret: string;
}

/** Revoked wins over expired: revocation is a deliberate act and says more. */
export function apiKeyStatus(key: Pick<ApiKeyRecord, 'expiresAt' | 'revokedAt'>, now: Date): ApiKeyStatus {
  if (key.revokedAt !== null) return 'REVOKED';
  if (key.expiresAt !== null && Date.parse(key.expiresAt) <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}

export function toApiKeyRecord(row: Record<string, unknown>): ApiKeyRecord {
  return {
    id: row.id as string,
    name: row.name as string,
    role: row.role as Role,
    createdAt: row.createdAt as string,
    expiresAt: (row.expiresAt as string | null) ?? null,
    revokedAt: (row.revokedAt as string | null) ?? null,
    introspection: row.introspection === true,
  };
}
