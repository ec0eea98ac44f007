import http from 'node:http';

/**
 * A closed-loop load generator: `concurrency` workers each send a request, wait for the answer and
 * send the next, for `seconds`. Every latency is kept (microseconds from process.hrtime), so p50 and
 * p99 are exact rather than read off a histogram with millisecond buckets, which would blur the
 * API / floor ratios of queries that take a few milliseconds. The same loop drives the API over HTTP
 * and the floor through the driver, so both are measured the same way.
 */
export interface LoadResult {
  concurrency: number;
  requests: number;
  errors: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  /** Completed requests per second over the run. */
  throughput: number;
}

export async function runLoad(task: () => Promise<void>, concurrency: number, seconds: number, maxRequests = Number.POSITIVE_INFINITY): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: unknown;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  const worker = async () => {
    while (process.hrtime.bigint() < deadline && latencies.length + errors < maxRequests) {
      const t0 = process.hrtime.bigint();
      try {
        await task();
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      } catch (error) {
        errors += 1;
        firstError ??= error;
        // A failing operation is reported, not hammered.
        if (errors > 20) return;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  if (latencies.length === 0) throw new Error(`every request failed: ${(firstError as Error)?.message ?? firstError}`);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    concurrency,
    requests: latencies.length,
    errors,
    seconds: elapsed,
    p50Ms: round(at(0.5)),
    p99Ms: round(at(0.99)),
    throughput: Math.round((latencies.length / elapsed) * 10) / 10,
  };
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** POSTs GraphQL over keep-alive HTTP/1.1; rejects on a non-200 answer or GraphQL errors. */
export function graphqlClient(url: string, maxSockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const target = new URL(url);
  return (query: string, variables: Record<string, unknown>) => {
    const body = JSON.stringify({ query, variables });
    return new Promise<any>((resolve, reject) => {
      const req = http.request(
        { agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            try {
              const parsed = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
              if (res.statusCode !== 200 || parsed.errors?.length) reject(new Error(`HTTP ${res.statusCode}: ${parsed.errors?.[0]?.message ?? text.slice(0, 200)}`));
              else resolve(parsed.data);
            } catch {
              reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  };
}
