/**
 * Counts and the figures derived from them. Every scorer returns counts, never ratios, so that
 * articles add up (micro-averaging) before figures are taken.
 */

/** Detection counts: true positives, predictions, gold items. */
export interface Counts {
  /** Predictions that match a gold item. */
  tp: number
  /** Predictions that count (optional matches and ignored pieces are left out). */
  pred: number
  /** Gold items that are required. */
  gold: number
}

/** Accuracy counts: right answers out of the items judged. */
export interface Accuracy {
  /** Items judged right. */
  right: number
  /** Items judged. */
  total: number
}

/** Precision, recall and F1 as fractions from 0 to 1. */
export interface Prf {
  /** Precision. */
  p: number
  /** Recall. */
  r: number
  /** F1, the harmonic mean of precision and recall. */
  f1: number
}

/** Empty counts. */
export function counts(tp = 0, pred = 0, gold = 0): Counts {
  return {tp, pred, gold}
}

/** Empty accuracy counts. */
export function accuracy(right = 0, total = 0): Accuracy {
  return {right, total}
}

/** Add `b` into `a` and return `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  a.tp += b.tp
  a.pred += b.pred
  a.gold += b.gold
  return a
}

/** Add `b` into `a` and return `a`. */
export function addAccuracy(a: Accuracy, b: Accuracy): Accuracy {
  a.right += b.right
  a.total += b.total
  return a
}

/**
 * Precision, recall and F1 of counts. Nothing predicted against nothing to find is perfect;
 * nothing predicted against something to find scores 0 (not undefined), and the reverse too.
 */
export function prf(c: Counts): Prf {
  const p = c.pred === 0 ? (c.gold === 0 ? 1 : 0) : c.tp / c.pred
  const r = c.gold === 0 ? (c.pred === 0 ? 1 : 0) : c.tp / c.gold
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r)
  return {p, r, f1}
}

/** The share of right answers, or null when nothing was judged. */
export function rate(a: Accuracy): number | null {
  return a.total === 0 ? null : a.right / a.total
}

/** A fraction as a percentage with one decimal, the way reports print figures. */
export function percent(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 10
}
