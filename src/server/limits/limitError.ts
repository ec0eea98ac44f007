import { GraphQLError, type ASTNode } from 'graphql';

/**
 * The error for a request over one of the limits of README "Limits": it names the limit, the value
 * the request reached and the environment variable that sets it, so a script author knows what to
 * change (their query, or the server's configuration). HTTP 400; no Cypher has been sent.
 */
export type LimitName = 'depth' | 'aliases' | 'tokens' | 'directives' | 'cost' | 'bodyBytes';

export const LIMIT_VARIABLES: Record<LimitName, string> = {
  depth: 'MAX_QUERY_DEPTH',
  aliases: 'MAX_QUERY_ALIASES',
  tokens: 'MAX_QUERY_TOKENS',
  directives: 'MAX_QUERY_DIRECTIVES',
  cost: 'MAX_QUERY_COST',
  bodyBytes: 'MAX_BODY_BYTES',
};

const WHAT: Record<LimitName, string> = {
  depth: 'The query is nested',
  aliases: 'The query uses',
  tokens: 'The query has',
  directives: 'The query uses',
  cost: 'The query may cost',
  bodyBytes: 'The request body has',
};

const UNIT: Record<LimitName, (n: number) => string> = {
  depth: (n) => `${n} levels deep`,
  aliases: (n) => `${n} aliases`,
  tokens: (n) => `${n} tokens`,
  directives: (n) => `${n} directives`,
  cost: (n) => `${n} (see README "Limits": each object returned counts, lists by their page size)`,
  bodyBytes: (n) => `${n} bytes`,
};

export function limitMessage(limit: LimitName, actual: number | string, max: number): string {
  const value = typeof actual === 'number' ? UNIT[limit](actual) : actual;
  return `${WHAT[limit]} ${value}; the limit is ${max} (${LIMIT_VARIABLES[limit]}).`;
}

export function limitExceeded(limit: LimitName, actual: number, max: number, nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  return new GraphQLError(limitMessage(limit, actual, max), {
    nodes,
    extensions: {
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit,
      max,
      actual,
      http: { status: 400 },
    },
  });
}
