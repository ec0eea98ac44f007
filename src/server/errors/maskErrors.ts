import type { GraphQLFormattedError } from 'graphql';
import { describeTokenLimit } from '../limits/tokenLimit';

/**
 * Apollo's `formatError`. In production an unexpected error (INTERNAL_SERVER_ERROR: a bug, a Neo4j
 * error nobody planned for) keeps only its code: its message may carry Cypher, ids or driver detail
 * that are nobody's business outside. The request id that the error log plugin adds leads to the
 * full detail in the logs. Errors the API means to send (BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN,
 * DATABASE_UNAVAILABLE, validation and limit errors...) are written for the client and pass as they are.
 */
export const MASKED_MESSAGE = 'Internal server error: the request could not be completed. Quote the request id (extensions.requestId) when you report it.';

export function formatErrors(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const described = describeTokenLimit(formatted);
    if (!production || described.extensions?.code !== 'INTERNAL_SERVER_ERROR') return described;
    return {
      message: MASKED_MESSAGE,
      ...(described.locations ? { locations: described.locations } : {}),
      ...(described.path ? { path: described.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
