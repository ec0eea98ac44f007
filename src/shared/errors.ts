import { GraphQLError } from 'graphql';

/** One problem with a request's input: where it is (a JSON path), which id if any, and why. */
export interface InputProblem {
  path: string;
  message: string;
  id?: string;
}

/**
 * Bad input: BAD_USER_INPUT, with every problem found listed in `extensions.problems`, and the first
 * (plus a count of the rest) in the message, so a person reading only the message knows what to fix.
 */
export class BadUserInputError extends GraphQLError {
  constructor(readonly problems: InputProblem[]) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}: see extensions.problems)` : '';
    super(`${first.path}: ${first.message}${more}`, {
      extensions: { code: 'BAD_USER_INPUT', problems },
    });
  }
}
