import { ApiKeyRepository } from '../../src/auth/apiKeyRepository';
import { ApiKeyService, type CreateApiKeyInput } from '../../src/auth/apiKeyService';
import { localProcess, type Role } from '../../src/auth/roles';
import { Database } from '../../src/db/database';
import { createApp, type App, type AppOptions } from '../../src/server/app';

/**
 * The real application (Express + Apollo + repositories) on a free port, talking to the tests' Neo4j
 * over Bolt. Tests drive it through HTTP, as any client would. Requests carry an EDITOR API key by
 * default (created once per server, straight through the auth service), so mutations pass the role
 * check; `{ key: null }` sends none, `{ key: secret }` another (see `createKey`).
 */
export interface RequestOptions {
  /** The API key secret to send as `Authorization: Bearer`; null: no Authorization header. Default: `keys.editor`. */
  key?: string | null;
}

export interface TestServer {
  url: string;
  db: Database;
  app: App;
  /** The key requests send by default (role EDITOR). */
  keys: { editor: string };
  /** GraphQL over HTTP POST; returns the parsed body and the HTTP status. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<{ status: number; data?: T; errors?: any[] }>;
  /** Like gql, but fails the test on any GraphQL error and returns data. */
  query<T = any>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<T>;
  /** A new API key in the test database (through the service, not the API); returns its secret. */
  createKey(role: Role, more?: Partial<CreateApiKeyInput>): Promise<string>;
  /** Raw Cypher against the test database, for checking what was (not) written. */
  cypher(text: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/** `options` reach createApp (e.g. `embedOrigins` for the embedding tests). */
export async function startTestServer(options: AppOptions = {}): Promise<TestServer> {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run the tests through `npm test` (jest globalSetup starts Neo4j)');
  // Longer transaction timeouts than production's 5 s / 30 s: these tests assert behaviour, not
  // speed, and a cold query plan on a busy 2-core machine can take seconds (the production timeouts
  // have their own tests, tests/integration/transaction-timeouts.test.ts).
  const db = Database.connect(
    { uri, user: process.env.TEST_NEO4J_USER, password: process.env.TEST_NEO4J_PASSWORD, database: process.env.TEST_NEO4J_DATABASE },
    { readTimeoutMs: 30_000, writeTimeoutMs: 60_000 },
  );
  const app = await createApp(db, options);
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const keyService = new ApiKeyService(new ApiKeyRepository(db), localProcess('test:setup'));
  const createKey = async (role: Role, more: Partial<CreateApiKeyInput> = {}) =>
    (await keyService.create({ name: `test ${role.toLowerCase()} ${uniqueId('key')}`, role, ...more })).secret;
  const keys = { editor: await createKey('EDITOR') };
  const gql = async (query: string, variables: Record<string, unknown> = {}, requestOptions: RequestOptions = {}) => {
    const key = requestOptions.key === undefined ? keys.editor : requestOptions.key;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key !== null) headers.authorization = `Bearer ${key}`;
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: any[] };
    return { status: res.status, ...body };
  };
  return {
    url,
    db,
    app,
    keys,
    gql,
    createKey,
    query: async (query, variables, requestOptions) => {
      const r = await gql(query, variables, requestOptions);
      if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors, null, 2)}`);
      return r.data;
    },
    cypher: (text, params) => db.runStatement(text, params),
    close: async () => {
      await app.stop();
      await db.close();
    },
  };
}

let counter = 0;
/** A prefix no other test (or earlier run) uses, for the ids a test creates. */
export function uniqueId(label: string): string {
  counter += 1;
  return `t-${label}-${Date.now().toString(36)}-${process.pid}-${counter}`;
}
