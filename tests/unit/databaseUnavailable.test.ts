import { DatabaseUnavailableError, isUnavailable } from '../../src/db/databaseUnavailable';

/** Which driver errors mean "Neo4j is not there" (DATABASE_UNAVAILABLE, HTTP 503) and which do not. */
const driverError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

test('lost or unreachable servers are unavailability', () => {
  expect(isUnavailable(driverError('ServiceUnavailable', 'Could not perform discovery'))).toBe(true);
  expect(isUnavailable(driverError('SessionExpired'))).toBe(true);
  expect(isUnavailable(driverError('Neo.TransientError.General.DatabaseUnavailable'))).toBe(true);
  expect(isUnavailable(driverError('N/A', 'connect ECONNREFUSED 127.0.0.1:7687'))).toBe(true);
  expect(isUnavailable(driverError('N/A', 'Connection acquisition timed out in 10000 ms. Pool status: ...'))).toBe(true);
  expect(isUnavailable(new DatabaseUnavailableError())).toBe(true);
});

test('query errors, conflicts and timeouts are not', () => {
  expect(isUnavailable(driverError('Neo.ClientError.Statement.SyntaxError'))).toBe(false);
  expect(isUnavailable(driverError('Neo.TransientError.Transaction.DeadlockDetected'))).toBe(false);
  expect(isUnavailable(driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'))).toBe(false);
  expect(isUnavailable(driverError('Neo.ClientError.Database.DatabaseNotFound', 'Graph not found: x'))).toBe(false);
  expect(isUnavailable(new Error('plain'))).toBe(false);
  expect(isUnavailable('a string')).toBe(false);
});

test('the error carries its code, HTTP 503 and a Retry-After for Apollo', () => {
  const cause = driverError('ServiceUnavailable');
  const e = new DatabaseUnavailableError(cause);
  expect(e.extensions.code).toBe('DATABASE_UNAVAILABLE');
  expect(e.extensions.http).toEqual({ status: 503, headers: new Map([['retry-after', '5']]) });
  expect(e.originalError).toBe(cause);
});
