import fs from 'node:fs';
import type { LocalNeo4j } from '../../src/db/local/localNeo4j';

export default async function globalTeardown(): Promise<void> {
  const local = (globalThis as Record<string, unknown>).__CLAIMGRAPH_NEO4J__ as LocalNeo4j | undefined;
  if (!local) return;
  await local.stop();
  fs.rmSync(local.home, { recursive: true, force: true });
}
