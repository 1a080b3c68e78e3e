/**
 * Timing helpers: warm up, then take the median of several passes.
 *
 * A pass runs a task over a list of texts, repeating the list until it has run for at least
 * `minMs`, so that a small corpus (the five seeds) is timed over enough work to be stable and
 * a large one (the BBC corpus) is gone through whole at least once.
 */
import {performance} from 'node:perf_hooks'

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Time `task` over `texts`.
 *
 * @param {string[]} texts
 * @param {(text: string) => unknown} task
 * @param {{passes?: number, warmup?: number, minMs?: number}} [options]
 * @returns {{mbPerSecond: number, msPerArticle: number, passes: number, articles: number, bytes: number, sink: number}}
 */
export function measure(texts, task, options = {}) {
  const {passes = 5, warmup = 1, minMs = 300} = options
  const sizes = texts.map((text) => Buffer.byteLength(text, 'utf8'))
  const total = sizes.reduce((a, b) => a + b, 0)
  let sink = 0

  const pass = () => {
    let bytes = 0
    let articles = 0
    const start = performance.now()
    let elapsed = 0
    do {
      for (let i = 0; i < texts.length; i++) {
        sink += size(task(texts[i]))
        bytes += sizes[i]
        articles++
      }
      elapsed = performance.now() - start
    } while (elapsed < minMs)
    return {elapsed, bytes, articles}
  }

  for (let i = 0; i < warmup; i++) pass()
  const rates = []
  const perArticle = []
  for (let i = 0; i < passes; i++) {
    const {elapsed, bytes, articles} = pass()
    rates.push(bytes / 1e6 / (elapsed / 1000))
    perArticle.push(elapsed / articles)
  }
  return {mbPerSecond: median(rates), msPerArticle: median(perArticle), passes, articles: texts.length, bytes: total, sink}
}

/** Time one call of `fn`, in milliseconds. */
export function timeOnce(fn) {
  const start = performance.now()
  const result = fn()
  return {ms: performance.now() - start, result}
}

// Keep each task's result alive so that no engine can drop the work as dead code.
function size(result) {
  if (result === null || result === undefined) return 0
  if (typeof result === 'number') return result
  if (Array.isArray(result)) return result.length
  return 1
}
