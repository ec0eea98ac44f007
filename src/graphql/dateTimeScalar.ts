import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { parseDateTime } from '../shared/dateTime';

function parse(value: unknown): string {
  const iso = typeof value === 'string' ? parseDateTime(value) : undefined;
  if (!iso) {
    throw new GraphQLError(
      `DateTime must be an ISO-8601 date-time with a time zone (2022-11-21T12:00:00Z) or a date (2022-11-21); got ${JSON.stringify(value)}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return iso;
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize: (value) => (typeof value === 'string' ? value : new Date(value as number).toISOString()),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
