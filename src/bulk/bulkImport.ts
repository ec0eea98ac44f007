import fs from 'node:fs';
import path from 'node:path';
import { BULK_STEPS, BulkBatchRejected, MAX_BATCH, MIN_BATCH, type BulkStep } from './bulkFormat';
import { lookupParams, planRows, type PlannedBatch } from './batchPlan';
import { registerIds, validateBatch } from './batchValidation';
import type { BulkRepository } from './bulkRepository';
import { Checkpoint } from './checkpoint';
import { countLines, lineBatches, type Line } from './lineBatches';
import { Progress } from './progress';

/**
 * `npm run import`: loads a bulk-format folder (see bulkFormat.ts) step by step, in batches of
 * `batchSize` lines, each batch validated with the ingest's rules and written in one transaction
 * (all of it or nothing), the checkpoint advanced after each commit. The next batch is read and
 * validated while the database writes the current one. A refused batch stops the import with its
 * problems (file, line, field); fix the line and run again: the import resumes at that batch.
 */
export interface BulkImportOptions {
  batchSize: number;
  /** Names the database in the checkpoint, so a folder imported into one database is not skipped for another. */
  target: string;
  restart?: boolean;
  out?: { isTTY?: boolean; write(s: string): unknown };
  log?: (line: string) => void;
}

export interface BulkImportSummary {
  resumed: boolean;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  steps: { step: BulkStep; rows: number; seconds: number }[];
}

export async function importDataset(repository: BulkRepository, dir: string, opts: BulkImportOptions): Promise<BulkImportSummary> {
  const log = opts.log ?? console.log;
  if (!Number.isInteger(opts.batchSize) || opts.batchSize < MIN_BATCH || opts.batchSize > MAX_BATCH) {
    throw new Error(`the batch size must be a whole number from ${MIN_BATCH} to ${MAX_BATCH}; got ${opts.batchSize}`);
  }
  const files = [...new Set(BULK_STEPS.map((s) => s.file))];
  if (!files.some((f) => fs.existsSync(path.join(dir, f)))) throw new Error(`${dir} holds none of ${files.join(', ')}`);
  const fileOf = (step: BulkStep) => path.join(dir, BULK_STEPS.find((s) => s.step === step)!.file);
  const { checkpoint, resumed } = Checkpoint.open(dir, opts.target, fileOf, opts.restart ?? false);
  if (resumed) log(`Resuming from ${path.join(dir, '.import-checkpoint.json')}${checkpoint.finished ? ' (already complete: nothing to write; --restart imports again)' : ''}`);

  const started = Date.now();
  const steps: BulkImportSummary['steps'] = [];
  for (const spec of BULK_STEPS) {
    const file = path.join(dir, spec.file);
    if (!fs.existsSync(file)) continue;
    const progress = new Progress(spec.step, await countLines(file), opts.out);
    const seen = new Map<string, number>();
    const doneLine = checkpoint.linesDone(spec.step);
    let pending: Promise<void> | null = null;
    for await (const lines of lineBatches(file, opts.batchSize)) {
      const skipped = lines.filter((l) => l.line <= doneLine);
      const todo: Line[] = skipped.length ? lines.filter((l) => l.line > doneLine) : lines;
      if (skipped.length) {
        if (spec.step !== 'affiliations') registerIds(skipped, seen);
        progress.skip(skipped.length);
      }
      if (todo.length === 0) continue;
      // Affiliations re-read entities.ndjson, whose ids the entities step has already checked.
      const { batch, problems } = validateBatch(spec.list, spec.file, todo, spec.step === 'affiliations' ? new Map() : seen);
      if (!batch) {
        await pending;
        throw new BulkBatchRejected(problems);
      }
      const planned: PlannedBatch = { step: spec.step, file: spec.file, bundle: batch.bundle, lines: batch.lines };
      await pending;
      pending = repository
        .writeBatch(spec.step, lookupParams(planned), (facts) => planRows(planned, facts), new Date().toISOString())
        .then(() => {
          checkpoint.commit(spec.step, todo[todo.length - 1].line);
          progress.advance(todo.length);
        });
    }
    await pending;
    checkpoint.finishStep(spec.step, file);
    steps.push({ step: spec.step, ...progress.finish() });
  }
  checkpoint.finish();
  const seconds = (Date.now() - started) / 1000;
  const rows = steps.reduce((n, s) => n + s.rows, 0);
  return { resumed, rows, seconds, rowsPerSecond: rows / Math.max(seconds, 0.001), steps };
}
