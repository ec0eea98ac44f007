import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Neo4jConnection } from '../config';
import { cypher } from './cypherFiles';
import { DatabaseUnavailableError, isUnavailable } from './databaseUnavailable';
import { retryConflicts } from './retryConflicts';
import { toNeo4jParams, toPlain } from './plain';

/**
 * The project's only handle on Neo4j. Repositories run named queries (files in cypher/) through it;
 * it converts results to plain values and counts round trips, so tests can prove that a request
 * costs one query per level of the GraphQL selection.
 */
export type Row = Record<string, unknown>;

export interface Tx {
  run<T = Row>(queryName: string, params?: Record<string, unknown>): Promise<T[]>;
}

export interface DatabaseOptions {
  readTimeoutMs?: number;
  writeTimeoutMs?: number;
}

export class Database {
  /** Number of Cypher statements sent since start; read by tests and benchmarks. */
  queryCount = 0;
  /**
   * Set when a transaction found Neo4j unreachable. While set, each transaction first checks that
   * Bolt answers (a refused connection fails in milliseconds) and fails at once with
   * DATABASE_UNAVAILABLE if not, instead of spending the driver's retry time on every request of an
   * outage; the first transaction that succeeds clears it, so recovery needs nobody.
   */
  private unavailable = false;

  constructor(
    readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly options: DatabaseOptions = {},
  ) {}

  static connect(conn: Neo4jConnection, options?: DatabaseOptions): Database {
    const auth = conn.user ? neo4j.auth.basic(conn.user, conn.password ?? '') : neo4j.auth.basic('neo4j', 'neo4j');
    const driver = neo4j.driver(conn.uri, auth, {
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      // Retries of transient errors (deadlocks, a lost connection) stop after 2 s, so a request
      // during an outage fails within the read timeout instead of waiting out a longer back-off.
      maxTransactionRetryTime: 2_000,
      disableLosslessIntegers: false,
    });
    return new Database(driver, conn.database, options);
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
      return true;
    } catch {
      return false;
    }
  }

  /** One named read query in its own read transaction. */
  read<T = Row>(queryName: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.readTransaction((tx) => tx.run<T>(queryName, params));
  }

  readTransaction<R>(work: (tx: Tx) => Promise<R>): Promise<R> {
    return this.withSession('READ', (s) =>
      s.executeRead((tx) => work(this.wrap(tx)), { timeout: this.options.readTimeoutMs ?? 5_000 }),
    );
  }

  /** Several named queries in one write transaction: all of them commit, or none does. */
  writeTransaction<R>(work: (tx: Tx) => Promise<R>): Promise<R> {
    const timeout = this.options.writeTimeoutMs ?? 30_000;
    // Deadlocks between concurrent writers are retried for as long as the write timeout allows.
    return retryConflicts(() => this.withSession('WRITE', (s) => s.executeWrite((tx) => work(this.wrap(tx)), { timeout })), { budgetMs: timeout });
  }

  /** Runs raw Cypher text: for schema migrations and test set-up only, never for request data. */
  async runStatement(text: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    this.queryCount += 1;
    const result = await this.driver.executeQuery(text, toNeo4jParams(params), { database: this.database });
    return result.records.map((r) => toPlain(r.toObject()) as Row);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** The one place where driver errors meaning "Neo4j is not there" become DATABASE_UNAVAILABLE. */
  private async withSession<R>(mode: 'READ' | 'WRITE', fn: (s: ReturnType<Driver['session']>) => Promise<R>): Promise<R> {
    if (this.unavailable && !(await this.ping())) throw new DatabaseUnavailableError();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const result = await fn(session);
      this.unavailable = false;
      return result;
    } catch (error) {
      if (!isUnavailable(error)) throw error;
      this.unavailable = true;
      throw error instanceof DatabaseUnavailableError ? error : new DatabaseUnavailableError(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private wrap(tx: ManagedTransaction): Tx {
    return {
      run: async <T>(queryName: string, params: Record<string, unknown> = {}) => {
        this.queryCount += 1;
        const result: QueryResult<RecordShape> = await tx.run(cypher(queryName), toNeo4jParams(params));
        return result.records.map((r) => toPlain(r.toObject()) as T);
      },
    };
  }
}
