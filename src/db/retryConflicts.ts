/**
 * Concurrent writers that MERGE the same nodes in different orders deadlock; Neo4j then aborts one
 * of them with a transient error, meaning "run me again". The driver retries those for a short
 * while only (its retry window is kept short so an outage fails fast), which a burst of concurrent
 * ingests sharing entities outlasts. So writes run again here, with a jittered exponential back-off
 * that spreads the contenders out, for as long as the write timeout allows.
 * Only conflicts are retried: an outage (DATABASE_UNAVAILABLE) or a bad query fails at once.
 */
const CONFLICT = /^Neo\.TransientError\.Transaction\./;

export function isTransientConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONFLICT.test(code);
}

export interface RetryPolicy {
  /** Give up once this much time has passed (the write timeout). */
  budgetMs: number;
  maxAttempts?: number;
  /** For tests: the source of jitter and the way to wait. */
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export async function retryConflicts<R>(run: () => Promise<R>, policy: RetryPolicy): Promise<R> {
  const { budgetMs, maxAttempts = 12, random = Math.random, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) } = policy;
  const started = Date.now();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (!isTransientConflict(error) || attempt >= maxAttempts) throw error;
      const delay = Math.min(2_000, 50 * 2 ** (attempt - 1)) * (0.5 + random());
      if (Date.now() - started + delay > budgetMs) throw error;
      await sleep(delay);
    }
  }
}
