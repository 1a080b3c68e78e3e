import type {Writable} from 'node:stream'

/** A terminal stream, as far as a progress bar cares. */
export type Terminal = Writable & {isTTY?: boolean; columns?: number}

const interval = 100

/**
 * A one-line progress bar on a terminal: count, rate and, once the total is known, a bar
 * and the time left. Anything else written to the same terminal goes through
 * {@link Progress.print} so that the bar does not get mixed into it.
 */
export class Progress {
  readonly #stream: Terminal
  readonly #started = Date.now()
  #total: number | null = null
  #count = 0
  #drawn = false
  #last = 0

  /**
   * @param stream The terminal.
   * @param total The number of records to come, when it is known (it may arrive later).
   */
  constructor(stream: Terminal, total: Promise<number | null>) {
    this.#stream = stream
    total.then(
      (value) => {
        this.#total = value
      },
      () => {}
    )
  }

  /** One more record written. */
  tick(): void {
    this.#count++
    const now = Date.now()
    if (now - this.#last < interval) return
    this.#last = now
    this.#draw()
  }

  /** Write `text` above the bar. */
  print(text: string): void {
    if (this.#drawn) this.#stream.write('\r\u001B[2K')
    this.#drawn = false
    this.#stream.write(text)
    this.#draw()
  }

  /** Remove the bar. */
  clear(): void {
    if (this.#drawn) this.#stream.write('\r\u001B[2K')
    this.#drawn = false
  }

  #draw(): void {
    const seconds = (Date.now() - this.#started) / 1000
    const rate = seconds > 0 ? this.#count / seconds : 0
    const total = this.#total
    let line: string
    if (total !== null && total > 0) {
      const width = 20
      const filled = Math.min(width, Math.round((this.#count / total) * width))
      const left = rate > 0 ? Math.max(0, (total - this.#count) / rate) : null
      line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.#count}/${total}  ${rate.toFixed(1)}/s  ETA ${left === null ? '?' : clock(left)}`
    } else {
      line = `${this.#count} parsed  ${rate.toFixed(1)}/s`
    }
    const columns = this.#stream.columns || 80
    this.#stream.write('\r\u001B[2K' + line.slice(0, Math.max(0, columns - 1)))
    this.#drawn = true
  }
}

function clock(seconds: number): string {
  const whole = Math.round(seconds)
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = whole % 60
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0')
  return `${h > 0 ? h + ':' : ''}${mm}:${String(s).padStart(2, '0')}`
}
