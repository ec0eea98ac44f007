import { Database } from '../../src/db/database';

/**
 * The names of the Cypher queries (cypher/*.cypher) the application sends while `work` runs, in
 * order, read off the one place every repository query passes (Database's transaction wrapper).
 * The API key check is left out unless asked for: it is one query per request, not per level of a
 * selection (and requests without a key make none).
 */
export async function queriesSentBy<T>(work: () => Promise<T>, options: { withAuth?: boolean } = {}): Promise<{ names: string[]; result: T }> {
  const names: string[] = [];
  const wrap = (Database.prototype as any).wrap;
  const spy = jest.spyOn(Database.prototype as any, 'wrap').mockImplementation(function (this: Database, tx: unknown) {
    const inner = wrap.call(this, tx);
    return { run: (name: string, params?: Record<string, unknown>) => (names.push(name), inner.run(name, params)) };
  });
  try {
    const result = await work();
    return { names: options.withAuth ? names : names.filter((n) => n !== 'api-key-by-hash'), result };
  } finally {
    spy.mockRestore();
  }
}
