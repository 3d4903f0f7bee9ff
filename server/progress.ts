/**
 * Scan progress on a terminal: one line (`1,234 / 20,646 files  src/app.py`), redrawn at most every
 * `intervalMs`, shown only once a scan has run for `delayMs`, and erased at the end so the report
 * starts on a clean line. Never used when stderr is not a TTY (CI logs stay clean).
 */
import * as path from 'node:path';

const n = (x: number) => x.toLocaleString('en-US');

export class Progress {
  private readonly started: number;
  private last = 0;
  private shown = false;

  constructor(
    private readonly out: NodeJS.WritableStream & { columns?: number },
    private readonly opts: { delayMs?: number; intervalMs?: number; now?: () => number; cwd?: string } = {},
  ) {
    this.started = this.now();
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  /** Called after each file. */
  readonly update = (done: number, file: string, total: number): void => {
    const t = this.now();
    if (t - this.started < (this.opts.delayMs ?? 500) || t - this.last < (this.opts.intervalMs ?? 100)) return;
    this.last = t;
    const width = Math.max(20, (this.out.columns ?? 80) - 1);
    const head = `${n(done)} / ${n(total)} files  `;
    const rel = path.relative(this.opts.cwd ?? process.cwd(), file);
    const room = width - head.length;
    const tail = rel.length > room ? '…' + rel.slice(rel.length - room + 1) : rel;
    this.out.write(`\r\x1b[K${head}${room > 1 ? tail : ''}`);
    this.shown = true;
  };

  /** Erases the line (if it was ever drawn). */
  done(): void {
    if (this.shown) this.out.write('\r\x1b[K');
    this.shown = false;
  }
}
