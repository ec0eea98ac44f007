import { GraphQLError } from 'graphql';

/**
 * Neo4j cannot be reached (stopped, restarting, network gone, every connection busy): the one error
 * every request gets then, whatever it asked, with HTTP 503 and a Retry-After, instead of an
 * INTERNAL_SERVER_ERROR or a request that hangs. Database (src/db/database.ts) is the one place that
 * turns driver errors into it (`isUnavailable`).
 */
export class DatabaseUnavailableError extends GraphQLError {
  constructor(cause?: unknown) {
    super('The database (Neo4j) cannot be reached right now, so the request was not carried out. Try again shortly: GET /ready answers 200 once it is back.', {
      originalError: cause instanceof Error ? cause : undefined,
      extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503, headers: new Map([['retry-after', '5']]) } },
    });
  }
}

// Driver error codes for a lost or unreachable server. Transient errors (deadlocks, a leader switch)
// are not outages: the driver retries those, and what is left is reported as it is.
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const UNAVAILABLE_MESSAGES = /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ETIMEDOUT|Connection acquisition timed out|connection (was )?closed/i;

export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) || UNAVAILABLE_MESSAGES.test(error.message);
}
