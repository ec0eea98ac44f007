import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { requireJava, requireMaven } from './javaTools';

/**
 * Fetches the Neo4j 5.26 LTS Community DBMS and its dependencies from Maven Central, once, into a
 * cache shared by every clone on this machine (so a fresh clone or a CI run does not download 116 MB
 * again). Maven Central serves the DBMS library (org.neo4j:neo4j) but not the server tarball, which
 * is why Launcher.java exists.
 */
export const NEO4J_VERSION = '5.26.20';

const COMPLETE_MARKER = '.complete';

export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'claimgraph', `neo4j-${NEO4J_VERSION}`);
}

function launcherPom(): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>claimgraph.local</groupId>
  <artifactId>neo4j-launcher</artifactId>
  <version>1</version>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${NEO4J_VERSION}</version></dependency>
  </dependencies>
</project>
`;
}

/** Returns the folder holding the Neo4j jars, fetching them first if this machine has none. */
export async function ensureNeo4jJars(cacheDir = defaultCacheDir(), log: (line: string) => void = console.log): Promise<string> {
  requireJava();
  const libDir = path.join(cacheDir, 'lib');
  if (fs.existsSync(path.join(cacheDir, COMPLETE_MARKER))) return libDir;

  requireMaven();
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.rmSync(libDir, { recursive: true, force: true });
  const pomPath = path.join(cacheDir, 'pom.xml');
  fs.writeFileSync(pomPath, launcherPom());
  log(`Fetching Neo4j ${NEO4J_VERSION} Community from Maven Central into ${cacheDir} (once; about 120 MB)...`);

  const mvnLog = path.join(cacheDir, 'mvn.log');
  const out = fs.createWriteStream(mvnLog);
  const child = spawn(
    'mvn',
    ['-B', '-f', pomPath, 'dependency:copy-dependencies', `-DoutputDirectory=${libDir}`, '-DincludeScope=runtime'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let downloaded = 0;
  let bytes = 0;
  const lines = readline.createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    out.write(`${line}\n`);
    // Maven prints "Downloaded from central: URL (123 kB at ...)" per artifact.
    const m = line.match(/Downloaded from [^:]+: \S+ \(([\d.]+) ([kMG]?B)/);
    if (m) {
      downloaded += 1;
      bytes += Number(m[1]) * ({ B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[m[2]] ?? 1);
      if (downloaded % 20 === 0) log(`  ... ${downloaded} files, ${(bytes / 1e6).toFixed(1)} MB`);
    }
  });
  child.stderr.on('data', (d) => out.write(d));
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  out.end();
  if (code !== 0) {
    throw new Error(`Fetching Neo4j from Maven Central failed (mvn exit ${code}); see ${mvnLog}`);
  }
  const jars = fs.readdirSync(libDir).filter((f) => f.endsWith('.jar'));
  log(`Neo4j ${NEO4J_VERSION}: ${jars.length} jars ready${downloaded ? ` (${downloaded} files, ${(bytes / 1e6).toFixed(1)} MB downloaded)` : ' (from the local Maven cache)'}.`);
  fs.writeFileSync(path.join(cacheDir, COMPLETE_MARKER), new Date().toISOString());
  return libDir;
}
