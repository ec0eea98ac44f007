import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../src/db/local/localNeo4j';

/**
 * The API as a child process (`src/main.ts`, as `npm start` runs it) against the benchmark's Neo4j:
 * its own event loop, so the load generator in the parent does not slow the server it measures.
 * Production mode, no seed; request logging turned down so the benchmark measures queries, not logs.
 */
export interface ApiServer {
  url: string;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '..');

export async function startApiServer(neo4jUri: string, logFile: string): Promise<ApiServer> {
  const port = await freePort();
  const out = fs.openSync(logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'src', 'main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env, NEO4J_URI: neo4jUri, PORT: String(port), HOST: '127.0.0.1', LOAD_SEED: 'false', NODE_ENV: 'production',
      LOG_LEVEL: 'warn', READ_TIMEOUT_MS: '120000',
    },
    stdio: ['ignore', out, out],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API server exited while starting; see ${logFile}`);
    try {
      if ((await fetch(`${url}/ready`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API server did not become ready within 120 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  fs.closeSync(out);
  return {
    url: `${url}/graphql`,
    stop: async () => {
      child.kill('SIGTERM');
      const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 20_000).unref());
      if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
      await exited;
    },
  };
}
