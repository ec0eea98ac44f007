import { spawnSync } from 'node:child_process';

/** The Java and Maven checks, with messages that say how to fix what is missing. */

export const REQUIRED_JAVA = 17;

export function javaMajorVersion(versionOutput: string): number | undefined {
  // `java -version` prints e.g. `openjdk version "17.0.15" 2025-04-15` or `java version "1.8.0_392"`.
  const m = versionOutput.match(/version "(\d+)(?:\.(\d+))?/);
  if (!m) return undefined;
  const major = Number(m[1]);
  return major === 1 && m[2] ? Number(m[2]) : major;
}

export function requireJava(javaBin = 'java'): void {
  const r = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  if (r.error) {
    throw new Error(
      `Java ${REQUIRED_JAVA}+ is needed to run the local Neo4j, but \`${javaBin}\` was not found.\n` +
        `Install a JDK (Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless), or set NEO4J_URI to use another Neo4j.`,
    );
  }
  const major = javaMajorVersion(`${r.stderr}${r.stdout}`);
  if (major === undefined || major < REQUIRED_JAVA) {
    throw new Error(
      `Java ${REQUIRED_JAVA}+ is needed to run the local Neo4j; \`${javaBin} -version\` reports ${major ?? 'an unknown version'}.\n` +
        `Install openjdk-17-jdk-headless (or newer) and put it first on PATH, or set NEO4J_URI to use another Neo4j.`,
    );
  }
  // The launcher runs as a single-file source program, which needs the compiler module of a JDK.
  const modules = spawnSync(javaBin, ['--list-modules'], { encoding: 'utf8' });
  if (!/^jdk\.compiler@/m.test(modules.stdout ?? '')) {
    throw new Error(
      `\`${javaBin}\` is a Java runtime without the compiler (a JRE); the local Neo4j launcher needs a JDK.\n` +
        'Install openjdk-17-jdk-headless, or set NEO4J_URI to use another Neo4j.',
    );
  }
}

export function requireMaven(): void {
  const r = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(
      'Maven (`mvn`) is needed once, to fetch Neo4j from Maven Central, and was not found.\n' +
        'Install it (Debian/Ubuntu: apt-get install -y maven), or set NEO4J_URI to use another Neo4j.',
    );
  }
}
