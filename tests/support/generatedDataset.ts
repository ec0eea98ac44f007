import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDataset, type Manifest } from '../../bench/generator/dataset';
import { NdjsonSink } from '../../bench/generator/ndjsonSink';
import { importDataset } from '../../src/bulk/bulkImport';
import { BulkRepository } from '../../src/bulk/bulkRepository';
import { uniqueId, type TestServer } from './testServer';

/**
 * A small benchmark dataset (bench/generator) under a prefix no other test uses, bulk-imported into
 * the tests' Neo4j; returns its manifest (counts and the benchmark's target ids).
 */
export async function importGeneratedDataset(server: TestServer, claims: number, seed: number, label: string): Promise<Manifest> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `claimgraph-${label}-`));
  const sink = new NdjsonSink(dir);
  const manifest = generateDataset({ claims, seed, prefix: uniqueId(label) }, sink);
  sink.close();
  await importDataset(new BulkRepository(server.db), dir, { batchSize: 1000, target: 'tests', out: { write: () => true }, log: () => undefined });
  return manifest;
}
