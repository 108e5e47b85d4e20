/** A one-line progress display for long imports on a terminal: bytes, rows, MB/s and rows/s. */
export class ProgressBar {
  private readonly started: number;
  private lastDraw = 0;

  constructor(
    private readonly label: string,
    private readonly totalBytes: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  get enabled(): boolean {
    return Boolean(this.stream.isTTY);
  }

  update(bytes: number, rows: number, force = false): void {
    if (!this.enabled) return;
    const t = this.now();
    if (!force && t - this.lastDraw < 100) return;
    this.lastDraw = t;
    this.stream.write(`\r${this.render(bytes, rows, t)}`);
  }

  finish(bytes: number, rows: number): void {
    if (!this.enabled) return;
    this.stream.write(`\r${this.render(bytes, rows, this.now())}\n`);
  }

  render(bytes: number, rows: number, t: number): string {
    const seconds = Math.max((t - this.started) / 1000, 0.001);
    const fraction = this.totalBytes > 0 ? Math.min(bytes / this.totalBytes, 1) : 0;
    const width = 24;
    const filled = Math.round(fraction * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const mb = bytes / 1e6;
    return `${this.label} ${bar} ${(fraction * 100).toFixed(0).padStart(3)}%  ${rows.toLocaleString('en-US')} rows  ${(mb / seconds).toFixed(1)} MB/s  ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s`;
  }
}
