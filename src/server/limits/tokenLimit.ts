import type { GraphQLFormattedError } from 'graphql';
import { limitMessage } from './limitError';

/**
 * The token limit is graphql-js's own parser option (`maxTokens`): the parser stops counting at the
 * limit, so a huge document costs no more than the limit to reject. Its message ("Document contains
 * more that N tokens") is reworded here to name the limit like the others, with `extensions.limit`.
 */
export function tokenParseOptions(max: number): { maxTokens: number } {
  return { maxTokens: max };
}

const PARSER_MESSAGE = /Document contains more th(?:an|at) (\d+) tokens/;

export function describeTokenLimit(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const match = PARSER_MESSAGE.exec(formatted.message);
  if (!match) return formatted;
  const max = Number(match[1]);
  return {
    ...formatted,
    message: limitMessage('tokens', `more than ${max} tokens`, max),
    extensions: { ...formatted.extensions, limit: 'tokens', max },
  };
}
