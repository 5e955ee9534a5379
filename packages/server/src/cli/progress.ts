/** Progress on stderr for work over a second, only on a terminal, redrawn at most every 100 ms. */
export class Progress {
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  update(message: string): void {
    if (!this.stream.isTTY) return;
    const t = this.now();
    if (t - this.started < 1000 || t - this.lastDraw < 100) return;
    this.lastDraw = t;
    this.drawn = true;
    this.stream.write(`\r\x1b[2K${message}`);
  }

  done(): void {
    if (this.drawn) this.stream.write("\r\x1b[2K");
  }
}
