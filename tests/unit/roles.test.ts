import { AuthenticationError, ForbiddenError } from '../../src/auth/authErrors';
import { hasRole, localProcess, parseRole, requireRole, rolesAtLeast, type KeyAuth, type Role } from '../../src/auth/roles';

/** Role logic: the ordering READER < EDITOR < ADMIN, and requireRole's three outcomes. */

const key = (role: Role): KeyAuth => ({ keyId: `key_${role.toLowerCase()}`, name: `${role} script`, role, introspection: false });

test('each role includes the ones before it, and no more', () => {
  const matrix = (['READER', 'EDITOR', 'ADMIN'] as Role[]).map((role) => (['READER', 'EDITOR', 'ADMIN'] as Role[]).map((needed) => hasRole(role, needed)));
  expect(matrix).toEqual([
    [true, false, false],
    [true, true, false],
    [true, true, true],
  ]);
  expect(rolesAtLeast('READER')).toEqual(['READER', 'EDITOR', 'ADMIN']);
  expect(rolesAtLeast('EDITOR')).toEqual(['EDITOR', 'ADMIN']);
  expect(rolesAtLeast('ADMIN')).toEqual(['ADMIN']);
});

test('parseRole reads the CLI spelling in any case and refuses anything else', () => {
  expect(parseRole('editor')).toBe('EDITOR');
  expect(parseRole(' Admin ')).toBe('ADMIN');
  expect(parseRole('READER')).toBe('READER');
  expect(parseRole('root')).toBeUndefined();
  expect(parseRole('')).toBeUndefined();
});

describe('requireRole', () => {
  test('a key with the role (or a higher one) passes and becomes the revision author', () => {
    expect(requireRole(key('EDITOR'), 'EDITOR', 'ingestDocument')).toEqual({ keyId: 'key_editor', keyName: 'EDITOR script' });
    expect(requireRole(key('ADMIN'), 'EDITOR', 'ingestDocument')).toEqual({ keyId: 'key_admin', keyName: 'ADMIN script' });
    expect(requireRole(key('ADMIN'), 'ADMIN', 'createApiKey')).toEqual({ keyId: 'key_admin', keyName: 'ADMIN script' });
  });

  test('no key: UNAUTHENTICATED with HTTP 401, naming the action and the roles that may do it', () => {
    let error: unknown;
    try {
      requireRole(null, 'EDITOR', 'relateClaims');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AuthenticationError);
    const e = error as AuthenticationError;
    expect(e.extensions.code).toBe('UNAUTHENTICATED');
    expect((e.extensions.http as { status: number }).status).toBe(401);
    expect(e.message).toMatch(/^relateClaims needs an API key with role EDITOR or ADMIN; this request sent none\. Send "Authorization: Bearer <key>"/);
  });

  test('a key with too low a role: FORBIDDEN with HTTP 403, naming the key and its role', () => {
    const attempt = (role: Role, needed: Role) => () => requireRole(key(role), needed, 'op');
    expect(attempt('READER', 'EDITOR')).toThrow(ForbiddenError);
    expect(attempt('EDITOR', 'ADMIN')).toThrow('op needs role ADMIN; this API key ("EDITOR script") has role EDITOR.');
    try {
      attempt('READER', 'ADMIN')();
    } catch (e) {
      expect((e as ForbiddenError).extensions).toMatchObject({ code: 'FORBIDDEN', http: { status: 403 } });
    }
    expect.assertions(3);
  });

  test('a local process (CLI, seed load) passes any check and is recorded without a key id', () => {
    expect(requireRole(localProcess('cli:keys'), 'ADMIN', 'createApiKey')).toEqual({ keyId: null, keyName: 'cli:keys' });
    expect(requireRole(localProcess('cli:ingest'), 'EDITOR', 'ingestDocument')).toEqual({ keyId: null, keyName: 'cli:ingest' });
  });
});
