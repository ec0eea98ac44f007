import { AuthenticationError, ForbiddenError } from './authErrors';

/**
 * Who may do what. Roles are ordered: each includes the rights of the ones before it.
 *   READER  reads (only needed when READ_REQUIRES_KEY=true: reads are open otherwise)
 *   EDITOR  + every mutation that changes the graph (ingest, relations, reviews, merges)
 *   ADMIN   + key management (apiKeys, createApiKey, revokeApiKey)
 * Pure logic, no I/O: the services call requireRole before they validate or write anything.
 */
export const ROLES = ['READER', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** A request's API key once verified (ctx.auth): what the services and plugins may rely on. */
export interface KeyAuth {
  keyId: string;
  name: string;
  role: Role;
  /** May run introspection queries in production mode. */
  introspection: boolean;
}

/**
 * A process on the server's side of the database credentials (the CLIs, the start-up seed load, test
 * set-up): whoever runs it can already write to Neo4j directly, so a key would protect nothing. It
 * is named so the audit trail says which process wrote.
 */
export interface LocalProcess {
  localProcess: string;
}

/** Who is calling a service: a request's key, a request without one (null), or a local process. */
export type Caller = KeyAuth | LocalProcess | null;

/** What a Revision records about who wrote: the key's id and name, or no id and the process name. */
export interface Author {
  keyId: string | null;
  keyName: string;
}

export function localProcess(name: string): LocalProcess {
  return { localProcess: name };
}

export function isLocalProcess(caller: Caller): caller is LocalProcess {
  return caller !== null && 'localProcess' in caller;
}

export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** "EDITOR or ADMIN": the roles that satisfy `needed`, for messages. */
export function rolesAtLeast(needed: Role): Role[] {
  return ROLES.filter((r) => hasRole(r, needed));
}

/** `editor` / `Editor` / `EDITOR` -> EDITOR; undefined for anything else. */
export function parseRole(text: string): Role | undefined {
  const upper = text.trim().toUpperCase();
  return (ROLES as readonly string[]).includes(upper) ? (upper as Role) : undefined;
}

/**
 * The one check every mutation passes through (in its service, before validation, so a refused call
 * learns nothing about the data and writes nothing). Returns the Author the mutation's Revision
 * records, so a service cannot get an author without having passed the check.
 * No key: UNAUTHENTICATED (HTTP 401). A key with too low a role: FORBIDDEN (HTTP 403).
 */
export function requireRole(caller: Caller, needed: Role, action: string): Author {
  const allowed = rolesAtLeast(needed).join(' or ');
  if (caller === null) {
    throw new AuthenticationError(
      `${action} needs an API key with role ${allowed}; this request sent none. Send "Authorization: Bearer <key>" (an admin creates keys with \`npm run keys -- create\`).`,
    );
  }
  if (isLocalProcess(caller)) return { keyId: null, keyName: caller.localProcess };
  if (!hasRole(caller.role, needed)) {
    throw new ForbiddenError(`${action} needs role ${allowed}; this API key ("${caller.name}") has role ${caller.role}.`);
  }
  return { keyId: caller.keyId, keyName: caller.name };
}
