import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Logger } from '../logger';
import { REQUEST_ID_HEADER } from '../requestId';

/**
 * Logs what went wrong with the detail the client does not get (message, stack, operation, path),
 * keyed by the request id, and adds that id to every INTERNAL_SERVER_ERROR in the response. An
 * error is unexpected when it carries no code of ours (anything thrown that is not a GraphQLError
 * with `extensions.code`). A Neo4j outage is logged as a warning: it is expected, and not a bug.
 */
const isUnexpected = (e: GraphQLError) => e.extensions?.code === undefined || e.extensions.code === 'INTERNAL_SERVER_ERROR';

export function errorLogPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const requestId = request.http?.headers.get(REQUEST_ID_HEADER) ?? randomUUID();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const detail = { requestId, operationName, path: error.path, err: error.originalError ?? error };
            if (isUnexpected(error)) logger.error(detail, `unexpected error: ${error.message}`);
            else if (error.extensions?.code === 'DATABASE_UNAVAILABLE') logger.warn(detail, error.message);
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const result = response.body.singleResult;
          result.errors = result.errors!.map((e) =>
            e.extensions?.code === 'INTERNAL_SERVER_ERROR' ? { ...e, extensions: { ...e.extensions, requestId } } : e,
          );
        },
      };
    },
  };
}
