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

const positiveInt = (fallback: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).default(fallback));

/** `https://example.org[:port]` -> its origin; undefined for anything with a path, query, credentials or another scheme. */
function webOrigin(text: string): string | undefined {
  try {
    const u = new URL(text);
    const bare = u.pathname === '/' && !u.search && !u.hash && !u.username && !u.password && !/\/./.test(text.replace(/^[a-z]+:\/\//i, ''));
    return (u.protocol === 'http:' || u.protocol === 'https:') && bare ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

// A comma-separated list of web origins (EMBED_ORIGINS), normalised and without repeats.
const originList = z.preprocess(emptyToUndefined, z.string().default('')).transform((text, ctx) => {
  const origins: string[] = [];
  for (const item of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const origin = webOrigin(item);
    if (!origin) {
      ctx.addIssue({ code: 'custom', message: `"${item}" is not an origin like https://dashboards.example.org (scheme, host, optional port; no path)` });
      return z.NEVER;
    }
    if (!origins.includes(origin)) origins.push(origin);
  }
  return origins;
});

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
  // Reads are open by default (local use, public datasets); true makes every GraphQL request need an API key.
  READ_REQUIRES_KEY: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false')),
  // What one request may cost (src/server/limits/): over a limit, a 400 before any Cypher is sent.
  MAX_QUERY_DEPTH: positiveInt(10),
  MAX_QUERY_ALIASES: positiveInt(15),
  MAX_QUERY_TOKENS: positiveInt(2000),
  MAX_QUERY_DIRECTIVES: positiveInt(50),
  MAX_QUERY_COST: positiveInt(5000),
  MAX_BODY_BYTES: positiveInt(1024 * 1024),
  // Every Neo4j transaction carries one of these timeouts (src/db/database.ts).
  READ_TIMEOUT_MS: positiveInt(5_000),
  WRITE_TIMEOUT_MS: positiveInt(30_000),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  // Sites that may embed /explore in an iframe and call /graphql from the browser (CORS).
  EMBED_ORIGINS: originList,
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
  /** READ_REQUIRES_KEY: every GraphQL request, reads included, needs an API key (see src/auth/). */
  readRequiresKey: boolean;
  projectRoot: string;
  limits: RequestLimits;
  timeouts: { readMs: number; writeMs: number };
  logLevel: LogLevel;
  /** EMBED_ORIGINS: origins allowed to frame /explore (CSP frame-ancestors) and to read /graphql responses (CORS). */
  embedOrigins: string[];
}

/** What one GraphQL request may cost; see "Limits" in README.md. */
export interface RequestLimits {
  depth: number;
  aliases: number;
  tokens: number;
  directives: number;
  cost: number;
  bodyBytes: number;
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

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
    readRequiresKey: e.READ_REQUIRES_KEY === 'true',
    projectRoot,
    limits: {
      depth: e.MAX_QUERY_DEPTH,
      aliases: e.MAX_QUERY_ALIASES,
      tokens: e.MAX_QUERY_TOKENS,
      directives: e.MAX_QUERY_DIRECTIVES,
      cost: e.MAX_QUERY_COST,
      bodyBytes: e.MAX_BODY_BYTES,
    },
    timeouts: { readMs: e.READ_TIMEOUT_MS, writeMs: e.WRITE_TIMEOUT_MS },
    logLevel: e.LOG_LEVEL,
    embedOrigins: e.EMBED_ORIGINS,
  };
}
