import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Logger } from '../logger';
import { currentRequestId } from '../requestId';

/**
 * Logs what went wrong with the detail the client does not get (message, stack, operation, path),
 * keyed by the request id that formatError puts in the response. An error is unexpected when it
 * carries no code of ours (anything thrown that is not a GraphQLError with `extensions.code`),
 * also when building the request's context failed (the API key lookup). A Neo4j outage is logged
 * as a warning: it is expected, and not a bug.
 */
const codeOf = (e: Error) => (e as Partial<GraphQLError>).extensions?.code;
const isUnexpected = (e: Error) => codeOf(e) === undefined || codeOf(e) === 'INTERNAL_SERVER_ERROR';

export function errorLogPlugin(logger: Logger): ApolloServerPlugin {
  const log = (error: Error, detail: Record<string, unknown>) => {
    const entry = { requestId: currentRequestId(), ...detail, err: (error as GraphQLError).originalError ?? error };
    if (isUnexpected(error)) logger.error(entry, `unexpected error: ${error.message}`);
    else if (codeOf(error) === 'DATABASE_UNAVAILABLE') logger.warn(entry, error.message);
  };
  return {
    async contextCreationDidFail({ error }) {
      log(error, { stage: 'context' });
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) log(error, { operationName, path: error.path });
        },
      };
    },
  };
}
