import type { ApiKeyRepository } from './apiKeyRepository';
import { apiKeyStatus } from './apiKeyRecord';
import { API_KEY_PREFIX, hashApiKeySecret, isApiKeyShaped, secretMatchesHash } from './apiKeySecret';
import { AuthenticationError } from './authErrors';
import type { KeyAuth } from './roles';

export interface AuthenticatorOptions {
  /** READ_REQUIRES_KEY: refuse requests without a key, reads included. */
  readRequiresKey: boolean;
}

/**
 * Turns a request's Authorization header into ctx.auth, once per request, before any resolver runs:
 *   no header            -> null (anonymous: reads only), or UNAUTHENTICATED when READ_REQUIRES_KEY=true
 *   `Bearer <valid key>` -> { keyId, name, role, introspection }
 *   anything else        -> UNAUTHENTICATED (HTTP 401): a client that sends a key wants to be told
 *                           it does not work, not to be served silently as anonymous.
 * Messages say why (malformed, unknown, expired, revoked) but never name a key: only someone who
 * holds a key's whole secret can learn that it is expired or revoked, and a guess is just "unknown".
 */
export class Authenticator {
  constructor(
    private readonly repository: ApiKeyRepository,
    private readonly options: AuthenticatorOptions,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async authenticate(authorization: string | undefined): Promise<KeyAuth | null> {
    if (authorization === undefined || authorization.trim() === '') {
      if (this.options.readRequiresKey) {
        throw new AuthenticationError('This server requires an API key for every request (READ_REQUIRES_KEY=true): send "Authorization: Bearer <key>".');
      }
      return null;
    }
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization.trim());
    if (!match) throw new AuthenticationError('The Authorization header must be "Bearer <key>".');
    const secret = match[1];
    if (!isApiKeyShaped(secret)) {
      throw new AuthenticationError(`The API key is malformed: claimgraph keys start with "${API_KEY_PREFIX}" followed by 43 characters. Check that it was copied whole.`);
    }
    const found = await this.repository.byHash(hashApiKeySecret(secret));
    if (!found || !secretMatchesHash(secret, found.secretHash)) {
      throw new AuthenticationError('The API key is not valid: no such key. Check that it was copied whole, or ask an admin for a new one.');
    }
    const status = apiKeyStatus(found.key, this.clock());
    if (status === 'REVOKED') throw new AuthenticationError(`The API key was revoked on ${found.key.revokedAt}; ask an admin for a new one.`);
    if (status === 'EXPIRED') throw new AuthenticationError(`The API key expired on ${found.key.expiresAt}; ask an admin for a new one.`);
    const { id: keyId, name, role, introspection } = found.key;
    return { keyId, name, role, introspection };
  }
}
