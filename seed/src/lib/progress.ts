/**
 * A one-line progress bar on stderr for the long national run; on a non-terminal (CI logs) it
 * prints a line per 10 % instead of redrawing.
 */
export class Progress {
  private done = 0
  private lastDecile = -1
  private readonly started = Date.now()

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly enabled = true,
  ) {
    this.draw()
  }

  tick(count = 1) {
    this.done = Math.min(this.total, this.done + count)
    this.draw()
  }

  finish() {
    this.done = this.total
    this.draw()
    if (this.enabled && process.stderr.isTTY) process.stderr.write("\n")
  }

  private draw() {
    if (!this.enabled) return
    const ratio = this.total ? this.done / this.total : 1
    const seconds = Math.round((Date.now() - this.started) / 1000)
    const counts = `${this.done}/${this.total} ${Math.floor(ratio * 100)}% ${seconds}s`
    if (process.stderr.isTTY) {
      const width = 30
      const filled = Math.round(ratio * width)
      const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`
      process.stderr.write(`\r${this.label.padEnd(24)} ${bar} ${counts}`)
      return
    }
    const decile = Math.floor(ratio * 10)
    if (decile !== this.lastDecile) {
      this.lastDecile = decile
      process.stderr.write(`${this.label}: ${counts}\n`)
    }
  }
}
