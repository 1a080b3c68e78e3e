/**
 * Optimal one-to-one matching of predictions to gold items.
 *
 * Pairs that may match carry a weight in [0, 1] (their overlap); the matching maximises the
 * number of pairs first and their summed weight second, so a parser is never punished for the
 * order in which a greedy matcher would have met its predictions. The Hungarian algorithm is
 * deterministic: equal inputs give equal matchings.
 */

/** A pair of indices: `pred` into the predictions, `gold` into the gold items. */
export interface Pair {
  /** Index of the prediction. */
  pred: number
  /** Index of the gold item. */
  gold: number
  /** The weight of the pair, from 0 to 1. */
  weight: number
}

/** Every pair is worth this much more than any overlap, so the number of pairs comes first. */
const pairBonus = 1000

/**
 * Match `predCount` predictions to `goldCount` gold items one to one, where
 * `weight(pred, gold)` is the pair's overlap, or null when the two may not match.
 */
export function assign(
  predCount: number,
  goldCount: number,
  weight: (pred: number, gold: number) => number | null
): Pair[] {
  if (predCount === 0 || goldCount === 0) return []
  const size = Math.max(predCount, goldCount)
  // Costs of a square problem: an allowed pair costs less than nothing, padding costs nothing.
  const cost: number[][] = []
  const allowed: Array<Array<number | null>> = []
  let any = false
  for (let i = 0; i < size; i++) {
    const row: number[] = []
    const allowedRow: Array<number | null> = []
    for (let j = 0; j < size; j++) {
      const w = i < predCount && j < goldCount ? weight(i, j) : null
      allowedRow.push(w)
      row.push(w === null ? 0 : -(pairBonus + w))
      if (w !== null) any = true
    }
    cost.push(row)
    allowed.push(allowedRow)
  }
  if (!any) return []

  const columnOfRow = hungarian(cost, size)
  const pairs: Pair[] = []
  for (let i = 0; i < predCount; i++) {
    const j = columnOfRow[i]
    if (j === undefined || j < 0 || j >= goldCount) continue
    const w = allowed[i]?.[j]
    if (w === null || w === undefined) continue
    pairs.push({pred: i, gold: j, weight: w})
  }
  return pairs
}

/** Minimum-cost assignment on a square matrix (potentials, O(n³)); returns the column of each row. */
function hungarian(cost: number[][], n: number): number[] {
  const u = new Array<number>(n + 1).fill(0)
  const v = new Array<number>(n + 1).fill(0)
  const p = new Array<number>(n + 1).fill(0)
  const way = new Array<number>(n + 1).fill(0)
  for (let i = 1; i <= n; i++) {
    p[0] = i
    let j0 = 0
    const minv = new Array<number>(n + 1).fill(Infinity)
    const used = new Array<boolean>(n + 1).fill(false)
    do {
      used[j0] = true
      const i0 = p[j0]!
      let delta = Infinity
      let j1 = 0
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue
        const current = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!
        if (current < minv[j]!) {
          minv[j] = current
          way[j] = j0
        }
        if (minv[j]! < delta) {
          delta = minv[j]!
          j1 = j
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!]! += delta
          v[j]! -= delta
        } else {
          minv[j]! -= delta
        }
      }
      j0 = j1
    } while (p[j0] !== 0)
    do {
      const j1 = way[j0]!
      p[j0] = p[j1]!
      j0 = j1
    } while (j0 !== 0)
  }
  const columnOfRow = new Array<number>(n).fill(-1)
  for (let j = 1; j <= n; j++) {
    const row = p[j]!
    if (row > 0) columnOfRow[row - 1] = j - 1
  }
  return columnOfRow
}
