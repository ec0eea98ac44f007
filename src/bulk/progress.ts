/**
 * The import's progress line: step, bar, rows done of total, rows/s over the step, time left.
 * Redrawn in place on a terminal; on a pipe or log file a line every few seconds instead, so the
 * output stays readable there.
 */
export class Progress {
  private started = Date.now();
  private lastPrint = Date.now();
  private done = 0;
  private skipped = 0;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly out: NodeJS.WriteStream | { isTTY?: boolean; write(s: string): unknown } = process.stdout,
  ) {}

  /** Rows already imported by an earlier run: they fill the bar but do not count toward rows/s. */
  skip(rows: number): void {
    this.skipped += rows;
    this.render(false);
  }

  advance(rows: number): void {
    this.done += rows;
    this.render(false);
  }

  /** Ends the line; returns rows written and seconds taken by this step. */
  finish(): { rows: number; seconds: number } {
    this.render(true);
    return { rows: this.done, seconds: (Date.now() - this.started) / 1000 };
  }

  private render(final: boolean): void {
    const now = Date.now();
    const tty = Boolean(this.out.isTTY);
    if (!final && now - this.lastPrint < (tty ? 200 : 5000)) return;
    this.lastPrint = now;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = this.done / seconds;
    const position = this.done + this.skipped;
    const fraction = this.total > 0 ? Math.min(1, position / this.total) : 1;
    const width = 24;
    const bar = '#'.repeat(Math.round(fraction * width)).padEnd(width, '-');
    const left = rate > 0 ? Math.max(0, (this.total - position) / rate) : 0;
    const fmt = (n: number) => Math.round(n).toLocaleString('en');
    const line = `${this.label.padEnd(13)} [${bar}] ${(fraction * 100).toFixed(0).padStart(3)}% ${fmt(position)}/${fmt(this.total)} rows  ${fmt(rate)} rows/s  ${final ? `${seconds.toFixed(1)} s` : `ETA ${left.toFixed(0)} s`}`;
    if (tty) this.out.write(`\r${line}${final ? '\n' : ''}`);
    else this.out.write(`${line}\n`);
  }
}
