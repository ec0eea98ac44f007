import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * The two ways a request can be refused for who it is. Apollo Server takes the HTTP status (and
 * headers) from `extensions.http` and removes it from the response body, so clients see only `code`.
 */

/** No key, or a key that is not valid (unknown, expired, revoked, malformed): HTTP 401. */
export class AuthenticationError extends GraphQLError {
  constructor(message: string) {
    super(message, {
      extensions: {
        code: 'UNAUTHENTICATED',
        // RFC 6750: a 401 names the scheme the client should use.
        http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer realm="claimgraph"']]) },
      },
    });
  }
}

/** A valid key whose role does not allow the operation: HTTP 403. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  }
}
