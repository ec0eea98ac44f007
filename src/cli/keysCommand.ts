import { parseRole, ROLES, type Role } from '../auth/roles';
import { parseDateTime } from '../shared/dateTime';

/** The arguments of `npm run keys -- ...`, parsed and checked before anything touches the database. */
export const KEYS_USAGE = `usage:
  npm run keys -- create --role reader|editor|admin --name NAME [--expires 2027-01-01] [--introspection]
      Creates a key and prints its secret once (the server stores only a hash).
  npm run keys -- list
      Lists every key (id, role, status, dates, name), never a secret.
  npm run keys -- revoke KEY_ID
      Revokes a key: its next request is refused.`;

export class UsageError extends Error {}

export type KeysCommand =
  | { kind: 'create'; role: Role; name: string; expiresAt: string | null; introspection: boolean }
  | { kind: 'list' }
  | { kind: 'revoke'; id: string };

/** Parses the arguments after `--`; throws UsageError with what is wrong. */
export function parseKeysCommand(args: string[]): KeysCommand {
  const [verb, ...rest] = args;
  if (verb === 'list') {
    if (rest.length) throw new UsageError(`list takes no arguments; got ${rest.join(' ')}`);
    return { kind: 'list' };
  }
  if (verb === 'revoke') {
    if (rest.length !== 1 || rest[0].startsWith('--')) throw new UsageError('revoke takes one key id (see `npm run keys -- list`)');
    return { kind: 'revoke', id: rest[0] };
  }
  if (verb !== 'create') throw new UsageError(verb ? `unknown command "${verb}"` : 'no command given');
  const options = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i += 1) {
    const [flag, inline] = rest[i].split(/=(.*)/s, 2);
    if (!['--role', '--name', '--expires', '--introspection'].includes(flag)) throw new UsageError(`unknown option "${rest[i]}"`);
    if (flag === '--introspection') options.set(flag, true);
    else if (inline !== undefined) options.set(flag, inline);
    else if (i + 1 < rest.length) options.set(flag, rest[++i]);
    else throw new UsageError(`${flag} needs a value`);
  }
  const roleText = options.get('--role');
  const role = typeof roleText === 'string' ? parseRole(roleText) : undefined;
  if (!role) throw new UsageError(`--role must be one of ${ROLES.map((r) => r.toLowerCase()).join(', ')}`);
  const name = options.get('--name');
  if (typeof name !== 'string' || name.trim() === '') throw new UsageError('--name is required: who or what the key is for');
  const expires = options.get('--expires');
  let expiresAt: string | null = null;
  if (typeof expires === 'string') {
    expiresAt = parseDateTime(expires) ?? null;
    if (!expiresAt) throw new UsageError(`--expires must be a date (2027-01-01) or a date-time with a zone (2027-01-01T00:00:00Z); got "${expires}"`);
  }
  return { kind: 'create', role, name, expiresAt, introspection: options.get('--introspection') === true };
}
