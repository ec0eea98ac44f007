import { createHash } from 'node:crypto';
import { apiKeyStatus } from '../../src/auth/apiKeyRecord';
import { generateApiKeySecret, hashApiKeySecret, isApiKeyShaped, secretMatchesHash } from '../../src/auth/apiKeySecret';

/** The key secret: its format and entropy, the stored hash, and the status derived from the dates. */

test('a secret is cgk_ and 43 base64url characters: 32 random bytes (256 bits)', () => {
  const secret = generateApiKeySecret();
  expect(secret).toMatch(/^cgk_[A-Za-z0-9_-]{43}$/);
  expect(Buffer.from(secret.slice(4), 'base64url')).toHaveLength(32);
  expect(isApiKeyShaped(secret)).toBe(true);
});

test('secrets do not repeat and use the whole alphabet (a constant or a counter would fail this)', () => {
  const secrets = Array.from({ length: 2000 }, generateApiKeySecret);
  expect(new Set(secrets).size).toBe(2000);
  const chars = new Set(secrets.flatMap((s) => [...s.slice(4)]));
  expect(chars.size).toBe(64);
});

test('the stored hash is the hex SHA-256 of the whole key, prefix included', () => {
  const secret = `cgk_${'A'.repeat(43)}`;
  expect(hashApiKeySecret(secret)).toBe(createHash('sha256').update(secret).digest('hex'));
  expect(hashApiKeySecret(secret)).toMatch(/^[0-9a-f]{64}$/);
  expect(hashApiKeySecret(secret)).not.toBe(hashApiKeySecret(`cgk_${'A'.repeat(42)}B`));
});

test('secretMatchesHash accepts the secret of a hash and nothing else', () => {
  const secret = generateApiKeySecret();
  const hash = hashApiKeySecret(secret);
  expect(secretMatchesHash(secret, hash)).toBe(true);
  expect(secretMatchesHash(generateApiKeySecret(), hash)).toBe(false);
  expect(secretMatchesHash(secret, hash.slice(0, 62))).toBe(false);
  expect(secretMatchesHash(secret, '')).toBe(false);
});

test.each([
  ['', 'empty'],
  ['cgk_short', 'too short'],
  [`cgk_${'A'.repeat(44)}`, 'too long'],
  [`xyz_${'A'.repeat(43)}`, 'another prefix'],
  [`cgk_${'A'.repeat(42)}=`, 'a character outside base64url'],
  [`cgk_${'A'.repeat(42)} `, 'trailing space'],
])('isApiKeyShaped refuses %j (%s)', (text) => {
  expect(isApiKeyShaped(text)).toBe(false);
});

test('apiKeyStatus: revoked wins, then expired at the expiry instant itself, else active', () => {
  const now = new Date('2030-06-01T00:00:00Z');
  expect(apiKeyStatus({ expiresAt: null, revokedAt: null }, now)).toBe('ACTIVE');
  expect(apiKeyStatus({ expiresAt: '2030-06-01T00:00:00.001Z', revokedAt: null }, now)).toBe('ACTIVE');
  expect(apiKeyStatus({ expiresAt: '2030-06-01T00:00:00.000Z', revokedAt: null }, now)).toBe('EXPIRED');
  expect(apiKeyStatus({ expiresAt: '2029-01-01T00:00:00.000Z', revokedAt: null }, now)).toBe('EXPIRED');
  expect(apiKeyStatus({ expiresAt: '2029-01-01T00:00:00.000Z', revokedAt: '2028-01-01T00:00:00.000Z' }, now)).toBe('REVOKED');
  expect(apiKeyStatus({ expiresAt: null, revokedAt: '2031-01-01T00:00:00.000Z' }, now)).toBe('REVOKED');
});
