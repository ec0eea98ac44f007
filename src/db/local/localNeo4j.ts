import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ensureNeo4jJars } from './neo4jDistribution';

/**
 * A Neo4j DBMS running as a child JVM of this process, listening for Bolt on 127.0.0.1 only.
 * Used by `npm start` (data kept under .neo4j/) and by the tests (a throwaway folder and a free port).
 */
export interface LocalNeo4jOptions {
  home: string;
  port: number;
  heap?: string;
  pageCache?: string;
  cacheDir?: string;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  home: string;
  pid: number;
  /** Shuts the DBMS down cleanly (closing its stdin) and waits for the JVM to exit. */
  stop(): Promise<void>;
  /** Kills the JVM at once (SIGKILL, as a crash or an OOM killer would) and waits for it to be gone. */
  kill(): Promise<void>;
}

export function neo4jConf(home: string, port: number, pageCache: string): string {
  return [
    '# Written by claimgraph (src/db/local/localNeo4j.ts) at every start; edits are overwritten.',
    'server.default_listen_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    // Local and loopback-only; a server reached through NEO4J_URI has its own authentication.
    'dbms.security.auth_enabled=false',
    `server.directories.data=${path.join(home, 'data')}`,
    `server.directories.logs=${path.join(home, 'logs')}`,
    `server.memory.pagecache.size=${pageCache}`,
    // Nothing may wait forever: a stuck transaction or lock fails instead of hanging a request.
    'db.transaction.timeout=60s',
    'db.lock.acquisition.timeout=20s',
    'dbms.usage_report.enabled=false',
    '',
  ].join('\n');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export function portAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
    socket.once('error', () => resolve(false));
  });
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? console.log;
  const libDir = await ensureNeo4jJars(opts.cacheDir, log);
  if (await portAnswers(opts.port)) {
    throw new Error(
      `Port ${opts.port} on 127.0.0.1 is already in use, so the local Neo4j cannot listen there.\n` +
        'Stop whatever holds it, choose another port with NEO4J_LOCAL_PORT, or point NEO4J_URI at a running Neo4j.',
    );
  }
  fs.mkdirSync(opts.home, { recursive: true });
  const confPath = path.join(opts.home, 'neo4j.conf');
  fs.writeFileSync(confPath, neo4jConf(opts.home, opts.port, opts.pageCache ?? '256m'));
  const launcherLog = path.join(opts.home, 'launcher.log');
  const logFd = fs.openSync(launcherLog, 'a');

  const child: ChildProcess = spawn(
    'java',
    [
      `-Xmx${opts.heap ?? '1g'}`,
      '-XX:+UseG1GC',
      '-Dfile.encoding=UTF-8',
      '-cp',
      path.join(libDir, '*'),
      path.join(__dirname, 'Launcher.java'),
      opts.home,
      confPath,
    ],
    { stdio: ['pipe', 'pipe', logFd] },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // Closing stdin of a JVM that already died (killed, crashed) must not throw EPIPE at the parent.
  child.stdin!.on('error', () => undefined);

  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), opts.startTimeoutMs ?? 180_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      fs.appendFileSync(launcherLog, chunk);
      if (chunk.toString().includes('CLAIMGRAPH_NEO4J_READY')) { clearTimeout(timer); resolve(true); }
    });
    void exited.then(() => { clearTimeout(timer); resolve(false); });
  });
  fs.closeSync(logFd);
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(
      `The local Neo4j did not start. Its logs: ${launcherLog} and ${path.join(opts.home, 'logs', 'debug.log')}`,
    );
  }

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      child.stdin!.end();
      const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30_000).unref());
      if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
      await exited;
    })();
    return stopping;
  };
  const kill = async () => {
    child.kill('SIGKILL');
    await exited;
  };
  return { uri: `bolt://127.0.0.1:${opts.port}`, port: opts.port, home: opts.home, pid: child.pid!, stop, kill };
}
