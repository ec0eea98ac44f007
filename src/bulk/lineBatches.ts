import fs from 'node:fs';
import readline from 'node:readline';

/**
 * Reads an NDJSON file as batches of non-empty lines with their 1-based line numbers, streaming, so
 * a file of millions of lines never sits in memory whole.
 */
export interface Line {
  line: number;
  text: string;
}

export async function* lineBatches(file: string, batchSize: number): AsyncGenerator<Line[]> {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  let batch: Line[] = [];
  let n = 0;
  for await (const text of rl) {
    n += 1;
    if (text.trim() === '') continue;
    batch.push({ line: n, text });
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Non-empty lines of a file, for the progress bar's total (a fast byte scan, no parsing). */
export async function countLines(file: string): Promise<number> {
  let count = 0;
  let lineHasText = false;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === 10) {
        if (lineHasText) count += 1;
        lineHasText = false;
      } else if (c !== 13 && c !== 32 && c !== 9) lineHasText = true;
    }
  }
  return lineHasText ? count + 1 : count;
}
