import { randomBytes } from 'node:crypto';
import { revisionDraft } from '../audit/revisionDraft';
import { parseDateTime } from '../shared/dateTime';
import { BadUserInputError, type InputProblem } from '../shared/errors';
import type { ApiKeyRecord, CreatedApiKeyRecord } from './apiKeyRecord';
import type { ApiKeyRepository } from './apiKeyRepository';
import { generateApiKeySecret, hashApiKeySecret } from './apiKeySecret';
import { requireRole, ROLES, type Caller, type Role } from './roles';

export interface CreateApiKeyInput {
  name: string;
  role: Role;
  expiresAt?: string | null;
  introspection?: boolean | null;
}

const MAX_NAME_LENGTH = 100;

/**
 * Key management: create (the secret is returned once and never stored), list, revoke. ADMIN only
 * through the API; the `npm run keys` CLI calls it as a local process (it holds the database
 * credentials, which is more than any key grants). Creating and revoking write a Revision.
 */
export class ApiKeyService {
  constructor(
    private readonly repository: ApiKeyRepository,
    private readonly caller: Caller,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: CreateApiKeyInput): Promise<CreatedApiKeyRecord> {
    const author = requireRole(this.caller, 'ADMIN', 'createApiKey');
    const now = this.clock();
    const row = validate(input, now);
    const secret = generateApiKeySecret();
    const id = `key_${randomBytes(8).toString('hex')}`;
    // The revision hashes the input as given: it holds no secret, so the hash gives nothing away.
    const apiKey = await this.repository.create(
      { id, secretHash: hashApiKeySecret(secret), ...row, createdAt: now.toISOString() },
      revisionDraft(author, 'createApiKey', input, now),
    );
    return { apiKey, secret };
  }

  list(): Promise<ApiKeyRecord[]> {
    requireRole(this.caller, 'ADMIN', 'apiKeys');
    return this.repository.list();
  }

  /** Revokes at once: the key's next request is refused. Revoking a revoked key changes nothing. */
  revoke(id: string): Promise<ApiKeyRecord> {
    const author = requireRole(this.caller, 'ADMIN', 'revokeApiKey');
    const now = this.clock();
    return this.repository.revoke(id, now.toISOString(), revisionDraft(author, 'revokeApiKey', { id }, now), (key) => {
      if (!key) throw new BadUserInputError([{ path: 'id', id, message: `unknown API key id "${id}"` }]);
      return key;
    });
  }
}

function validate(input: CreateApiKeyInput, now: Date): Omit<ApiKeyRecord, 'id' | 'createdAt' | 'revokedAt'> {
  const problems: InputProblem[] = [];
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name === '') problems.push({ path: 'input.name', message: 'must not be empty: name the person or script the key is for' });
  else if (name.length > MAX_NAME_LENGTH) problems.push({ path: 'input.name', message: `must be at most ${MAX_NAME_LENGTH} characters; got ${name.length}` });
  else if (/\p{Cc}/u.test(name)) problems.push({ path: 'input.name', message: 'must not contain control characters' });
  if (!(ROLES as readonly string[]).includes(input.role)) {
    problems.push({ path: 'input.role', message: `${JSON.stringify(input.role)} is not a role; expected one of ${ROLES.join(', ')}` });
  }
  let expiresAt: string | null = null;
  if (input.expiresAt !== undefined && input.expiresAt !== null) {
    expiresAt = parseDateTime(input.expiresAt) ?? null;
    if (expiresAt === null) problems.push({ path: 'input.expiresAt', message: `is not a date-time (2027-01-01 or 2027-01-01T00:00:00Z); got ${JSON.stringify(input.expiresAt)}` });
    else if (Date.parse(expiresAt) <= now.getTime()) problems.push({ path: 'input.expiresAt', message: `must be in the future; got ${expiresAt}` });
  }
  if (problems.length > 0) throw new BadUserInputError(problems);
  return { name, role: input.role, expiresAt, introspection: input.introspection === true };
}
