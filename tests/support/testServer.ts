import { Database } from '../../src/db/database';
import { createApp, type App } from '../../src/server/app';

/**
 * The real application (Express + Apollo + repositories) on a free port, talking to the tests' Neo4j
 * over Bolt. Tests drive it through HTTP, as any client would.
 */
export interface TestServer {
  url: string;
  db: Database;
  app: App;
  /** GraphQL over HTTP POST; returns the parsed body and the HTTP status. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; data?: T; errors?: any[] }>;
  /** Like gql, but fails the test on any GraphQL error and returns data. */
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Raw Cypher against the test database, for checking what was (not) written. */
  cypher(text: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run the tests through `npm test` (jest globalSetup starts Neo4j)');
  const db = Database.connect({ uri, user: process.env.TEST_NEO4J_USER, password: process.env.TEST_NEO4J_PASSWORD, database: process.env.TEST_NEO4J_DATABASE });
  const app = await createApp(db);
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: any[] };
    return { status: res.status, ...body };
  };
  return {
    url,
    db,
    app,
    gql,
    query: async (query, variables) => {
      const r = await gql(query, variables);
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
