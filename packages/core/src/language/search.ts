/**
 * How many of the leading `items` (sorted by `key`) have a key below `value`, or at most
 * `value` with `inclusive`: the lower or upper bound, found by halving.
 *
 * Stages keep tokens, blocks, quotations, mentions and claims sorted by offset and use this
 * to find the one around an offset in logarithmic time.
 *
 * @example
 * countBefore([{start: 0}, {start: 5}, {start: 9}], 5, (t) => t.start) // 1
 * countBefore([{start: 0}, {start: 5}, {start: 9}], 5, (t) => t.start, true) // 2
 */
export function countBefore<T>(items: readonly T[], value: number, key: (item: T) => number, inclusive = false): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    const k = key(items[middle]!)
    if (k < value || (inclusive && k === value)) low = middle + 1
    else high = middle
  }
  return low
}
