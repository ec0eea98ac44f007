import fs from 'node:fs';
import path from 'node:path';
import type { BulkStep } from './bulkFormat';

/**
 * Where an interrupted import stands: for each step, the last line of the last committed batch.
 * Kept in DIR/.import-checkpoint.json per target database. A finished step records its file's size
 * and modification time, and the checkpoint is trusted only while those are unchanged; the file of
 * the step in progress may change (fixing the line of a refused batch, then resuming). Written after every commit, through a temporary
 * file and a rename, so a kill mid-write leaves the previous checkpoint. A resumed import may replay
 * the batch that was in flight: its ids then exist, so the lookup sends its rows through the ingest's
 * MERGE upserts, which makes that harmless.
 */
export interface CheckpointState {
  version: 1;
  target: string;
  /** Size and modification time of each finished step's file. */
  finished: Partial<Record<BulkStep, string>>;
  done: Partial<Record<BulkStep, number>>;
  finishedAt?: string;
}

export const CHECKPOINT_FILE = '.import-checkpoint.json';

export function fingerprint(file: string): string {
  if (!fs.existsSync(file)) return '-';
  const s = fs.statSync(file);
  return `${s.size}:${Math.round(s.mtimeMs)}`;
}

export class Checkpoint {
  private state: CheckpointState;

  private constructor(private readonly file: string, state: CheckpointState) {
    this.state = state;
  }

  /** The saved state for this target and these files, or a fresh one (also when `restart`). */
  static open(dir: string, target: string, fileOf: (step: BulkStep) => string, restart: boolean): { checkpoint: Checkpoint; resumed: boolean } {
    const file = path.join(dir, CHECKPOINT_FILE);
    const fresh: CheckpointState = { version: 1, target, finished: {}, done: {} };
    if (!restart && fs.existsSync(file)) {
      try {
        const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as CheckpointState;
        const unchanged = Object.entries(saved.finished ?? {}).every(([step, print]) => fingerprint(fileOf(step as BulkStep)) === print);
        if (saved.version === 1 && saved.target === target && unchanged) {
          return { checkpoint: new Checkpoint(file, saved), resumed: Object.keys(saved.done).length > 0 };
        }
      } catch {
        // an unreadable checkpoint is ignored: the import starts over, which MERGE makes safe
      }
    }
    return { checkpoint: new Checkpoint(file, fresh), resumed: false };
  }

  linesDone(step: BulkStep): number {
    return this.state.done[step] ?? 0;
  }

  get finished(): boolean {
    return this.state.finishedAt !== undefined;
  }

  commit(step: BulkStep, lastLine: number): void {
    this.state.done[step] = lastLine;
    this.save();
  }

  finishStep(step: BulkStep, file: string): void {
    this.state.finished[step] = fingerprint(file);
    this.save();
  }

  finish(): void {
    this.state.finishedAt = new Date().toISOString();
    this.save();
  }

  private save(): void {
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.state));
    fs.renameSync(tmp, this.file);
  }
}
