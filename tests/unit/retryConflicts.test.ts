import { isTransientConflict, retryConflicts } from '../../src/db/retryConflicts';

/** The retry policy for write conflicts, with its waits recorded instead of slept. */
const neo4jError = (code: string) => Object.assign(new Error(code), { code });

function failing(codes: string[], value = 'done') {
  let calls = 0;
  const run = async () => {
    const code = codes[calls];
    calls += 1;
    if (code) throw neo4jError(code);
    return value;
  };
  return { run, calls: () => calls };
}

const waits: number[] = [];
const policy = (budgetMs = 30_000, maxAttempts?: number) => ({ budgetMs, maxAttempts, random: () => 0.5, sleep: async (ms: number) => { waits.push(ms); } });
beforeEach(() => { waits.length = 0; });

test('deadlocks are run again, with a doubling back-off, until the write goes through', async () => {
  const f = failing(['Neo.TransientError.Transaction.DeadlockDetected', 'Neo.TransientError.Transaction.DeadlockDetected', 'Neo.TransientError.Transaction.DeadlockDetected']);
  await expect(retryConflicts(f.run, policy())).resolves.toBe('done');
  expect(f.calls()).toBe(4);
  expect(waits).toEqual([50, 100, 200]);
});

test('anything but a transient transaction conflict fails at once', async () => {
  for (const code of ['Neo.ClientError.Schema.ConstraintValidationFailed', 'ServiceUnavailable', 'Neo.TransientError.General.DatabaseUnavailable', 'Neo.ClientError.Transaction.LockClientStopped']) {
    const f = failing([code]);
    await expect(retryConflicts(f.run, policy())).rejects.toThrow(code);
    expect(f.calls()).toBe(1);
  }
  expect(waits).toEqual([]);
});

test('it gives up when the next wait would pass the budget, or after the last attempt', async () => {
  const deadlocks = Array(20).fill('Neo.TransientError.Transaction.DeadlockDetected');
  const byBudget = failing(deadlocks);
  await expect(retryConflicts(byBudget.run, policy(150))).rejects.toThrow(/DeadlockDetected/);
  expect(byBudget.calls()).toBe(3); // waits 50 and 100; 200 more would pass 150

  const byAttempts = failing(deadlocks);
  await expect(retryConflicts(byAttempts.run, policy(1_000_000, 4))).rejects.toThrow(/DeadlockDetected/);
  expect(byAttempts.calls()).toBe(4);
});

test('isTransientConflict reads the Neo4j error code', () => {
  expect(isTransientConflict(neo4jError('Neo.TransientError.Transaction.DeadlockDetected'))).toBe(true);
  expect(isTransientConflict(neo4jError('Neo.ClientError.Statement.SyntaxError'))).toBe(false);
  expect(isTransientConflict(new Error('no code'))).toBe(false);
  expect(isTransientConflict(null)).toBe(false);
});
