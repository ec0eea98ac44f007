import path from 'node:path';
import { z } from 'zod';

/**
 * The one place that reads process.env. Everything is parsed and validated once, so a typo in a
 * variable fails at start-up with the variable's name instead of surfacing later as odd behaviour.
 */
const projectRoot = path.resolve(__dirname, '..');

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const port = (fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(fallback));

const EnvSchema = z.object({
  PORT: port(4000),
  HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
  NEO4J_URI: optionalString,
  NEO4J_USER: optionalString,
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: optionalString,
  NEO4J_LOCAL_PORT: port(7687),
  NEO4J_LOCAL_HOME: z.preprocess(emptyToUndefined, z.string().default(path.join(projectRoot, '.neo4j'))),
  NEO4J_LOCAL_HEAP: z.preprocess(emptyToUndefined, z.string().regex(/^\d+[mg]$/i, 'like 512m or 2g').default('1g')),
  NEO4J_CACHE_DIR: optionalString,
  LOAD_SEED: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('true')),
  NODE_ENV: z.preprocess(emptyToUndefined, z.string().default('development')),
});

export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

export interface Config {
  port: number;
  host: string;
  /** Set when NEO4J_URI is given: talk to that server instead of starting a local one. */
  neo4j?: Neo4jConnection;
  local: { port: number; home: string; heap: string; cacheDir?: string };
  loadSeed: boolean;
  production: boolean;
  projectRoot: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration in the environment:\n${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : undefined,
    local: { port: e.NEO4J_LOCAL_PORT, home: path.resolve(e.NEO4J_LOCAL_HOME), heap: e.NEO4J_LOCAL_HEAP, cacheDir: e.NEO4J_CACHE_DIR },
    loadSeed: e.LOAD_SEED === 'true',
    production: e.NODE_ENV === 'production',
    projectRoot,
  };
}
