import fs from 'node:fs';
import path from 'node:path';
import type { RowKind, Sink } from './dataset';

/**
 * Writes each kind of row to DIR/<kind>.ndjson, one JSON object per line. Lines are gathered in
 * memory and written in ~1 MB chunks: a million claims make a few million lines, and a write call
 * per line would dominate the generator's time.
 */
export class NdjsonSink implements Sink {
  private readonly fds = new Map<RowKind, number>();
  private readonly buffers = new Map<RowKind, string[]>();
  private readonly sizes = new Map<RowKind, number>();

  constructor(private readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  write(kind: RowKind, row: object): void {
    let buffer = this.buffers.get(kind);
    if (!buffer) {
      buffer = [];
      this.buffers.set(kind, buffer);
      this.fds.set(kind, fs.openSync(path.join(this.dir, `${kind}.ndjson`), 'w'));
      this.sizes.set(kind, 0);
    }
    const line = JSON.stringify(row);
    buffer.push(line);
    const size = this.sizes.get(kind)! + line.length + 1;
    if (size > 1 << 20) this.flush(kind);
    else this.sizes.set(kind, size);
  }

  close(): void {
    for (const kind of this.fds.keys()) {
      this.flush(kind);
      fs.closeSync(this.fds.get(kind)!);
    }
  }

  private flush(kind: RowKind): void {
    const buffer = this.buffers.get(kind)!;
    if (buffer.length > 0) fs.writeSync(this.fds.get(kind)!, `${buffer.join('\n')}\n`);
    buffer.length = 0;
    this.sizes.set(kind, 0);
  }
}
