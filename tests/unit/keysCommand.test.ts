import { parseKeysCommand, UsageError } from '../../src/cli/keysCommand';

/** `npm run keys -- ...` arguments, checked before the CLI touches the database. */

test('create with every option, in either --flag value or --flag=value form', () => {
  expect(parseKeysCommand(['create', '--role', 'editor', '--name', 'Ingest bot', '--expires', '2027-01-01', '--introspection'])).toEqual({
    kind: 'create',
    role: 'EDITOR',
    name: 'Ingest bot',
    expiresAt: '2027-01-01T00:00:00.000Z',
    introspection: true,
  });
  expect(parseKeysCommand(['create', '--name=a=b', '--role=ADMIN'])).toEqual({ kind: 'create', role: 'ADMIN', name: 'a=b', expiresAt: null, introspection: false });
});

test('list and revoke', () => {
  expect(parseKeysCommand(['list'])).toEqual({ kind: 'list' });
  expect(parseKeysCommand(['revoke', 'key_0123456789abcdef'])).toEqual({ kind: 'revoke', id: 'key_0123456789abcdef' });
});

test.each([
  [[], /no command given/],
  [['delete', 'x'], /unknown command "delete"/],
  [['create', '--name', 'x'], /--role must be one of reader, editor, admin/],
  [['create', '--role', 'root', '--name', 'x'], /--role must be one of/],
  [['create', '--role', 'editor'], /--name is required/],
  [['create', '--role', 'editor', '--name', '  '], /--name is required/],
  [['create', '--role', 'editor', '--name'], /--name needs a value/],
  [['create', '--role', 'editor', '--name', 'x', '--expires', 'next year'], /--expires must be a date .*got "next year"/],
  [['create', '--role', 'editor', '--name', 'x', '--secret', 'y'], /unknown option "--secret"/],
  [['list', 'all'], /list takes no arguments/],
  [['revoke'], /revoke takes one key id/],
  [['revoke', 'a', 'b'], /revoke takes one key id/],
])('usage error for %j', (args, message) => {
  expect(() => parseKeysCommand(args as string[])).toThrow(UsageError);
  expect(() => parseKeysCommand(args as string[])).toThrow(message);
});
