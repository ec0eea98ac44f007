import type { GraphQLFormattedError } from 'graphql';
import { describeTokenLimit } from '../limits/tokenLimit';
import { currentRequestId } from '../requestId';

/**
 * Apollo's `formatError`. In production no message suggests names ("Did you mean ...?"). Every INTERNAL_SERVER_ERROR gets the request id (the `x-request-id`
 * header), which leads to the detail in the logs (errorLogPlugin). In production such an unexpected
 * error (a bug, a Neo4j error nobody planned for) keeps only its code and that id: its message may
 * carry Cypher, ids or driver detail that are nobody's business outside. Errors the API means to
 * send (BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, DATABASE_UNAVAILABLE, validation and limit
 * errors...) are written for the client and pass as they are.
 */
export const MASKED_MESSAGE = 'Internal server error: the request could not be completed. Quote the request id (extensions.requestId) when you report it.';

// Apollo's hideSchemaDetailsFromClientErrors removes hints from validation errors only; the
// variables' errors ("Value "PERSN" does not exist in "EntityKind" enum. Did you mean ...?") too.
const SUGGESTION = / ?Did you mean(.+?)\?/g;

export function formatErrors(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const described = describeTokenLimit(formatted);
    if (described.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
      return production ? { ...described, message: described.message.replace(SUGGESTION, '') } : described;
    }
    const requestId = currentRequestId();
    if (!production) return { ...described, extensions: { ...described.extensions, requestId } };
    return {
      message: MASKED_MESSAGE,
      ...(described.locations ? { locations: described.locations } : {}),
      ...(described.path ? { path: described.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
